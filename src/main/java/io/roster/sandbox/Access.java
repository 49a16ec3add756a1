package io.roster.sandbox;

import java.util.Optional;

/**
 * Who may see and change what. Mendix Admins of the company see every app, active or not; other members see the
 * active apps they are on the team of, and act on them as far as their project role allows.
 */
final class Access {

    private Access() {
    }

    /** The app when the caller may see it; otherwise it does not exist for them. */
    static Optional<App> visibleApp(PlatformState state, Caller caller, String appId) {
        return state.app(appId)
            .filter(app -> caller.mendixAdmin() || (app.active() && state.team(appId).containsKey(caller.userId())));
    }

    /** Mendix Admins, and the app's own administrators (Scrum Masters). */
    static boolean administers(PlatformState state, Caller caller, String appId) {
        return caller.mendixAdmin() || projectRole(state, caller, appId).map(Role::administrator).orElse(false);
    }

    /** Administrators, and team members whose role may invite others. */
    static boolean mayInvite(PlatformState state, Caller caller, String appId) {
        return administers(state, caller, appId)
                || projectRole(state, caller, appId).map(Role::invitationRights).orElse(false);
    }

    private static Optional<Role> projectRole(PlatformState state, Caller caller, String appId) {
        return Optional.ofNullable(state.team(appId).get(caller.userId()))
            .flatMap(member -> state.role(member.roleId()));
    }

}
