package io.roster.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Changes to apps themselves: deleting one (Projects API), and for Mendix Cloud apps the Technical Contact and the
 * environment permissions (Deploy API v4).
 */
@Component
@Profile("sandbox")
class Apps {

    /**
     * One member's entry of {@code PATCH …/permissions}; absent flags stay as they are.
     *
     * @param userId the member's e-mail address
     */
    record PermissionChange(String userId, Boolean canDeployApp, Boolean canManageBackups, Boolean canViewAlerts,
            Boolean canAccessApi, Boolean canViewLogs, Boolean canManagePrivileges) {
    }

    private final PlatformStore store;

    Apps(PlatformStore store) {
        this.store = store;
    }

    /** Deletes the app with its team, environments and backups; not allowed for licensed or Private Cloud apps. */
    void delete(Caller caller, String appId) {
        store.write((state, audit) -> {
            App app = Access.visibleApp(state, caller, appId).orElseThrow(() -> Teams.projectNotFound(appId));
            if (!Access.administers(state, caller, appId)) {
                throw PlatformError.forbidden("Only Mendix Admins and project administrators can delete a project");
            }
            if (!app.inMendixCloud()) {
                throw PlatformError.conflict("Project " + appId + " cannot be deleted: it is hosted in a non-public "
                        + "Mendix cloud");
            }
            if (app.licensed()) {
                throw PlatformError.conflict("Project " + appId + " cannot be deleted: it is attached to a licensed "
                        + "node");
            }
            state.apps().remove(appId);
            state.teams().remove(appId);
            state.invitations().remove(appId);
            state.environmentsOf(appId).forEach(environment -> {
                state.environments().remove(environment.environmentId());
                state.permissions().remove(environment.environmentId());
            });
            state.snapshots().values().removeIf(snapshot -> snapshot.appId().equals(appId));
            audit.appDeleted(caller, app);
            return null;
        });
    }

    /**
     * Deploy v4: makes the member with this e-mail the Technical Contact. They must be on the team already; the
     * caller must be a Mendix Admin or the current Technical Contact.
     */
    void changeTechnicalContact(Caller caller, String appId, String email) {
        store.write((state, audit) -> {
            App app = cloudApp(state, caller, appId);
            if (email == null || email.isBlank()) {
                throw PlatformError.invalid("Validation errors", new InvalidParam("Request body",
                        "Attribute 'userId' is required, or the provided value is not supported"));
            }
            if (!caller.mendixAdmin() && !caller.userId().equals(app.technicalContact())) {
                throw PlatformError.forbidden("The user is not the Technical Contact of the app");
            }
            Member successor = state.memberByEmail(email)
                .filter(Member::active)
                .orElseThrow(() -> PlatformError.invalid("User " + email + " not found"));
            if (!state.team(appId).containsKey(successor.userId())) {
                throw PlatformError.invalid("The user " + email + " is not member of an application");
            }
            if (successor.userId().equals(app.technicalContact())) {
                return null;
            }
            Member predecessor = state.member(app.technicalContact()).orElse(null);
            state.apps().put(appId, app.withTechnicalContact(successor.userId()));
            for (Environment environment : state.environmentsOf(appId)) {
                Map<String, EnvironmentPermission> permissions = state.permissionsOf(environment.environmentId());
                permissions.put(successor.userId(), EnvironmentPermission.all(successor.userId()));
                if (predecessor != null && state.team(appId).containsKey(predecessor.userId())) {
                    Role role = state.role(state.team(appId).get(predecessor.userId()).roleId()).orElseThrow();
                    permissions.put(predecessor.userId(),
                            role.defaultPermission(predecessor.userId(), environment.production()));
                }
            }
            audit.technicalContactChanged(caller, app, predecessor, successor);
            return null;
        });
    }

    /**
     * Deploy v4: changes what members may do in one environment. Mendix Admins, the Technical Contact and members
     * who may manage privileges there can do it; only the Technical Contact can change who manages privileges.
     */
    List<EnvironmentPermission> updatePermissions(Caller caller, String appId, String environmentId,
            List<PermissionChange> changes) {
        return store.write((state, audit) -> {
            App app = cloudApp(state, caller, appId);
            Environment environment = environment(state, app, environmentId);
            Map<String, EnvironmentPermission> permissions = state.permissionsOf(environmentId);
            checkPrivileged(caller, app, environmentId, permissions);
            if (changes == null || changes.isEmpty() || changes.stream().anyMatch(change -> change.userId() == null)) {
                throw PlatformError.invalid("Validation errors",
                        new InvalidParam("Request body", "Invalid request body"));
            }
            List<EnvironmentPermission> updated = new ArrayList<>();
            List<Runnable> writes = new ArrayList<>();
            for (PermissionChange change : changes) {
                Member member = state.memberByEmail(change.userId())
                    .filter(candidate -> permissions.containsKey(candidate.userId()))
                    .orElseThrow(() -> PlatformError.notFound("Permission not found for user " + change.userId()));
                EnvironmentPermission before = permissions.get(member.userId());
                EnvironmentPermission after = applied(before, change);
                if (after.canManagePrivileges() != before.canManagePrivileges()
                        && !caller.userId().equals(app.technicalContact())) {
                    throw PlatformError.forbidden("Only technical contact can change manage permission");
                }
                updated.add(after);
                if (!after.equals(before)) {
                    writes.add(() -> {
                        permissions.put(member.userId(), after);
                        audit.permissionsChanged(caller, environment, member, before, after);
                    });
                }
            }
            writes.forEach(Runnable::run);
            return updated;
        });
    }

    static void checkPrivileged(Caller caller, App app, String environmentId,
            Map<String, EnvironmentPermission> permissions) {
        EnvironmentPermission own = permissions.get(caller.userId());
        if (!caller.mendixAdmin() && !caller.userId().equals(app.technicalContact())
                && (own == null || !own.canManagePrivileges())) {
            throw PlatformError.forbidden("The account is not privileged to perform this request for environment "
                    + environmentId);
        }
    }

    /** Makes the app's snapshots fail from now on (or succeed again). */
    void failSnapshots(String appId, boolean failing) {
        store.write((state, audit) -> {
            App app = state.app(appId).orElseThrow(() -> Teams.projectNotFound(appId));
            state.apps().put(appId, app.withFailingSnapshots(failing));
            return null;
        });
    }

    /** A Mendix Cloud app the caller may see, as Deploy v4 looks it up. */
    static App cloudApp(PlatformState state, Caller caller, String appId) {
        return Access.visibleApp(state, caller, appId)
            .filter(App::inMendixCloud)
            .orElseThrow(() -> PlatformError.notFound("Application " + appId + " not found"));
    }

    static Environment environment(PlatformState state, App app, String environmentId) {
        Environment environment = state.environments().get(environmentId);
        if (environment == null || !environment.appId().equals(app.appId())) {
            throw PlatformError.notFound("Environment " + environmentId + " not found");
        }
        return environment;
    }

    private static EnvironmentPermission applied(EnvironmentPermission before, PermissionChange change) {
        return new EnvironmentPermission(before.userId(), or(change.canDeployApp(), before.canDeployApp()),
                or(change.canManageBackups(), before.canManageBackups()),
                or(change.canViewAlerts(), before.canViewAlerts()), or(change.canAccessApi(), before.canAccessApi()),
                or(change.canViewLogs(), before.canViewLogs()),
                or(change.canManagePrivileges(), before.canManagePrivileges()));
    }

    private static boolean or(Boolean change, boolean current) {
        return change == null ? current : change;
    }

}
