package io.roster.sandbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects API v2: the apps of a user and of the company, an app's details, deleting an app, and the company's
 * project roles. The team endpoints are in {@link ProjectMembersApi}.
 */
@RestController
@RequestMapping(SandboxApi.Paths.PROJECTS)
@Profile("sandbox")
class ProjectsApi {

    private final PlatformStore store;

    private final Apps apps;

    ProjectsApi(PlatformStore store, Apps apps) {
        this.store = store;
        this.apps = apps;
    }

    /**
     * Mendix Admins get every app of the company the user is on the team of, active or not (external users included);
     * other members only their own active apps. Sorted by name.
     */
    @GetMapping("/users/{user-id}/projects")
    @PlatformOperation(value = "get-user-projects", scopes = Scopes.APP_METADATA_READ)
    ProjectsJson.Paged<ProjectsJson.UserProject> userProjects(@PathVariable("user-id") String userId,
            @RequestParam(required = false) String permissions,
            @RequestParam(required = false) Boolean isPinnedByUser, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = ProjectsJson.paging(offset, limit);
        List<String> required = permissionFilter(permissions);
        if (!caller.mendixAdmin() && !caller.userId().equals(userId)) {
            throw PlatformError.forbidden("Project members cannot request a list of projects on behalf of someone "
                    + "else");
        }
        return store.read(state -> {
            state.member(userId).orElseThrow(() -> PlatformError.notFound("User " + userId + " not found"));
            List<ProjectsJson.UserProject> projects = state.membershipsOf(userId)
                .entrySet()
                .stream()
                .map(entry -> Map.entry(state.app(entry.getKey()).orElseThrow(), entry.getValue()))
                .filter(entry -> caller.mendixAdmin() || entry.getKey().active())
                .filter(entry -> isPinnedByUser == null || entry.getValue().pinned() == isPinnedByUser)
                .map(entry -> ProjectsJson.userProject(state, entry.getKey(), entry.getValue()))
                .filter(project -> ProjectsJson.hasPermissions(project.role(), required))
                .sorted(Comparator.comparing(ProjectsJson.UserProject::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
            return ProjectsJson.Paged.of(window.of(projects));
        });
    }

    @GetMapping("/projects/{project-id}")
    @PlatformOperation(value = "get-project", scopes = Scopes.APP_METADATA_READ)
    ProjectsJson.ProjectDetails project(@PathVariable("project-id") String projectId,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return store.read(state -> ProjectsJson.details(state,
                Access.visibleApp(state, caller, projectId).orElseThrow(() -> Teams.projectNotFound(projectId)),
                caller));
    }

    @DeleteMapping("/projects/{project-id}")
    @PlatformOperation(value = "delete-project", scopes = Scopes.APP_DELETE)
    ResponseEntity<Void> deleteProject(@PathVariable("project-id") String projectId,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        apps.delete(caller, projectId);
        return ResponseEntity.accepted().build();
    }

    /** Every app of the company, sorted by name; inactive ones only for Mendix Admins. */
    @GetMapping("/accounts/{account-id}/projects")
    @PlatformOperation(value = "get-account-projects", scopes = Scopes.APP_METADATA_READ)
    ProjectsJson.Paged<ProjectsJson.AccountProject> accountProjects(@PathVariable("account-id") String accountId,
            @RequestParam(required = false) String createdSince, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = ProjectsJson.paging(offset, limit);
        Instant since = createdSince == null ? Instant.MIN : ProjectsJson.instant("createdSince", createdSince);
        checkAccount(caller, accountId);
        return store.read(state -> ProjectsJson.Paged.of(window.of(state.apps()
            .values()
            .stream()
            .filter(app -> caller.mendixAdmin() || app.active())
            .filter(app -> app.createdOn().isAfter(since))
            .sorted(Comparator.comparing(App::name, String.CASE_INSENSITIVE_ORDER))
            .map(app -> ProjectsJson.accountProject(state, app))
            .toList())));
    }

    @GetMapping("/accounts/{account-id}/roles")
    @PlatformOperation(value = "get-company-roles", scopes = Scopes.APP_ROLES_READ)
    ProjectsJson.Paged<ProjectsJson.ProjectRole> companyRoles(@PathVariable("account-id") String accountId,
            @RequestParam(required = false) String changedSince, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = ProjectsJson.paging(offset, limit);
        Instant since = changedSince == null ? Instant.MIN : ProjectsJson.instant("changedSince", changedSince);
        checkAccount(caller, accountId);
        return store.read(state -> ProjectsJson.Paged.of(window.of(state.roles()
            .values()
            .stream()
            .filter(role -> role.changedOn().isAfter(since))
            .map(role -> ProjectsJson.role(state, role))
            .toList())));
    }

    @GetMapping("/roles/{role-id}")
    @PlatformOperation(value = "get-role", scopes = Scopes.APP_ROLES_READ)
    ProjectsJson.ProjectRole role(@PathVariable("role-id") String roleId) {
        return store.read(state -> ProjectsJson.role(state,
                state.role(roleId).orElseThrow(() -> PlatformError.notFound("Role " + roleId + " not found"))));
    }

    private static void checkAccount(Caller caller, String accountId) {
        if (!caller.member().accountId().equals(accountId)) {
            throw PlatformError.forbidden("The requesting user is not a member of account " + accountId);
        }
    }

    private static List<String> permissionFilter(String permissions) {
        if (permissions == null || permissions.isBlank()) {
            return List.of();
        }
        List<String> values = Arrays.stream(permissions.split(",")).map(String::trim).map(String::toLowerCase).toList();
        values.stream()
            .filter(value -> !ProjectsJson.PERMISSIONS.contains(value))
            .findFirst()
            .ifPresent(unknown -> {
                throw PlatformError.invalid("One or more of the provided attributes are not valid",
                        new InvalidParam("permissions", "Value '" + unknown + "' is not supported"));
            });
        return values;
    }

}
