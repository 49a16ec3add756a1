package io.roster.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deploy API v4: the Mendix Cloud apps with their Technical Contact (by e-mail), environments and per-member
 * environment permissions. Private Cloud apps do not exist here.
 */
@RestController
@RequestMapping(SandboxApi.Paths.DEPLOY + "/apps")
@Profile("sandbox")
class DeployApi {

    record TechnicalContactChange(Contact technicalContact) {
    }

    record Contact(String userId) {
    }

    record PermissionEntry(DeployJson.MemberRef member, Boolean canDeployApp, Boolean canManageBackups,
            Boolean canViewAlerts, @JsonProperty("canAccessAPI") Boolean canAccessApi,
            Boolean canViewLogs, Boolean canManagePrivileges) {
    }

    record PermissionsChange(List<PermissionEntry> permissions) {
    }

    private static final Comparator<Environment> BY_NAME = Comparator.comparing(Environment::name,
            String.CASE_INSENSITIVE_ORDER);

    /** The order the platform lists environments in when sorted by index. */
    private static final List<String> INDEX = List.of("Test", "Acceptance", "Production");

    private static final Comparator<Environment> BY_INDEX = Comparator
        .comparing((Environment environment) -> INDEX.contains(environment.name()) ? INDEX.indexOf(environment.name())
                : INDEX.size())
        .thenComparing(BY_NAME);

    private final PlatformStore store;

    private final Apps apps;

    DeployApi(PlatformStore store, Apps apps) {
        this.store = store;
        this.apps = apps;
    }

    /** Mendix Admins see every Mendix Cloud app of the company, other members the ones they are on the team of. */
    @GetMapping
    @PlatformOperation(value = "get-apps", scopes = { Scopes.DEPLOYMENT_READ, Scopes.DEPLOYMENT_WRITE })
    DeployJson.Apps apps(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String licenseType,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = DeployJson.paging(offset, limit);
        if (licenseType != null && !licenseType.equals("free") && !licenseType.equals("licensed")) {
            throw DeployJson.queryParameter("Value '" + licenseType + "' of 'licenseType' is not supported");
        }
        return store.read(state -> {
            Page<DeployJson.CloudApp> page = window.of(state.apps()
                .values()
                .stream()
                .filter(app -> Access.visibleApp(state, caller, app.appId()).filter(App::inMendixCloud).isPresent())
                .filter(app -> licenseType == null || licenseType.equals(app.licensed() ? "licensed" : "free"))
                .sorted(Comparator.comparing(App::name, String.CASE_INSENSITIVE_ORDER))
                .map(app -> DeployJson.app(state, app))
                .toList());
            return new DeployJson.Apps(page.items(), DeployJson.Pagination.of(page));
        });
    }

    @GetMapping("/{appId}")
    @PlatformOperation(value = "get-app", scopes = { Scopes.DEPLOYMENT_READ, Scopes.DEPLOYMENT_WRITE })
    DeployJson.CloudApp app(@PathVariable String appId, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return store.read(state -> DeployJson.app(state, Apps.cloudApp(state, caller, appId)));
    }

    /** Changes the Technical Contact; the body names the successor by e-mail. Answers 200 without a body. */
    @PatchMapping("/{appId}")
    @PlatformOperation(value = "patch-apps-technicalContact", scopes = Scopes.DEPLOYMENT_WRITE)
    void changeTechnicalContact(@PathVariable String appId,
            @RequestBody(required = false) TechnicalContactChange body,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        String email = body == null || body.technicalContact() == null ? null : body.technicalContact().userId();
        call.user(email);
        apps.changeTechnicalContact(caller, appId, email);
    }

    @GetMapping("/{appId}/environments")
    @PlatformOperation(value = "get-app-environments", scopes = { Scopes.DEPLOYMENT_READ, Scopes.DEPLOYMENT_WRITE })
    DeployJson.Environments environments(@PathVariable String appId, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String expand, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = DeployJson.paging(offset, limit);
        Comparator<Environment> order = order(sort);
        boolean withPackage = withPackage(expand);
        return store.read(state -> {
            App app = Apps.cloudApp(state, caller, appId);
            Page<DeployJson.CloudEnvironment> page = window.of(state.environmentsOf(app.appId())
                .stream()
                .sorted(order)
                .map(environment -> DeployJson.environment(environment, withPackage))
                .toList());
            return new DeployJson.Environments(page.items(), DeployJson.Pagination.of(page));
        });
    }

    @GetMapping("/{appId}/environments/{environmentId}")
    @PlatformOperation(value = "get-environment-details", scopes = { Scopes.DEPLOYMENT_READ,
            Scopes.DEPLOYMENT_WRITE })
    DeployJson.CloudEnvironment environment(@PathVariable String appId, @PathVariable String environmentId,
            @RequestParam(required = false) String expand, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        boolean withPackage = withPackage(expand);
        return store.read(state -> DeployJson.environment(
                Apps.environment(state, Apps.cloudApp(state, caller, appId), environmentId), withPackage));
    }

    /**
     * Who may do what in the environment, optionally for one member (by e-mail). For Mendix Admins, the Technical
     * Contact and members who may manage privileges there.
     */
    @GetMapping("/{appId}/environments/{environmentId}/permissions")
    @PlatformOperation(value = "get-environment-permissions", scopes = { Scopes.DEPLOYMENT_READ,
            Scopes.DEPLOYMENT_WRITE })
    DeployJson.Permissions permissions(@PathVariable String appId, @PathVariable String environmentId,
            @RequestParam(required = false) String userId, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset, @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        call.user(userId);
        Page.Window window = DeployJson.paging(offset, limit);
        return store.read(state -> {
            App app = Apps.cloudApp(state, caller, appId);
            Apps.environment(state, app, environmentId);
            Map<String, EnvironmentPermission> permissions = state.permissionsOf(environmentId);
            Apps.checkPrivileged(caller, app, environmentId, permissions);
            Page<DeployJson.Permission> page = window.of(permissions.values()
                .stream()
                .map(permission -> DeployJson.permission(state, permission))
                .filter(permission -> userId == null || permission.member().userId().equalsIgnoreCase(userId))
                .toList());
            return new DeployJson.Permissions(state.member(app.technicalContact()).orElseThrow().email(),
                    page.items(), DeployJson.Pagination.of(page));
        });
    }

    @PatchMapping("/{appId}/environments/{environmentId}/permissions")
    @PlatformOperation(value = "update-environment-permissions", scopes = Scopes.DEPLOYMENT_WRITE)
    DeployJson.UpdatedPermissions updatePermissions(@PathVariable String appId, @PathVariable String environmentId,
            @RequestBody(required = false) PermissionsChange body, @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        List<Apps.PermissionChange> changes = body == null || body.permissions() == null ? List.of()
                : body.permissions()
                    .stream()
                    .map(entry -> new Apps.PermissionChange(entry.member() == null ? null : entry.member().userId(),
                            entry.canDeployApp(), entry.canManageBackups(), entry.canViewAlerts(),
                            entry.canAccessApi(), entry.canViewLogs(), entry.canManagePrivileges()))
                    .toList();
        changes.forEach(change -> call.user(change.userId()));
        List<EnvironmentPermission> updated = apps.updatePermissions(caller, appId, environmentId, changes);
        return store.read(state -> new DeployJson.UpdatedPermissions(
                updated.stream().map(permission -> DeployJson.permission(state, permission)).toList()));
    }

    private static Comparator<Environment> order(String sort) {
        if (sort == null || sort.isEmpty()) {
            return BY_NAME;
        }
        return switch (sort) {
            case "name", "+name" -> BY_NAME;
            case "-name" -> BY_NAME.reversed();
            case "index", "+index" -> BY_INDEX;
            case "-index" -> BY_INDEX.reversed();
            default -> throw DeployJson.queryParameter("Value '" + sort + "' of 'sort' is not supported");
        };
    }

    private static boolean withPackage(String expand) {
        if (expand != null && !expand.isEmpty() && !expand.equals("package")) {
            throw DeployJson.queryParameter("Value '" + expand + "' of 'expand' is not supported");
        }
        return "package".equals(expand);
    }

}
