package io.roster.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * App teams (Projects API): adding members or inviting people of other companies, removing them, changing their role.
 * A team always keeps a member, a Scrum Master, and the Technical Contact of a licensed app; new members get the
 * Deploy v4 permissions of their role in every environment.
 */
@Component
@Profile("sandbox")
class Teams {

    enum Change {

        /** Joined the team at once (201). */
        ADDED,
        /** Invited; joins when they accept (202). */
        INVITED

    }

    /** One attribute of {@code PATCH /projects/{id}/members/{userId}}: roleId, isPinned or isWatching. */
    record Attribute(String key, String value) {
    }

    private final PlatformStore store;

    Teams(PlatformStore store) {
        this.store = store;
    }

    Change add(Caller caller, String appId, String memberId, String roleId) {
        return store.write((state, audit) -> {
            App app = Access.visibleApp(state, caller, appId).orElseThrow(() -> projectNotFound(appId));
            if (!Access.mayInvite(state, caller, appId)) {
                throw PlatformError.forbidden("Only project administrators and members with invitation rights can "
                        + "add team members");
            }
            List<InvalidParam> missing = new ArrayList<>();
            if (memberId == null || memberId.isBlank()) {
                missing.add(new InvalidParam("memberId", "The attribute is required"));
            }
            if (roleId == null || roleId.isBlank()) {
                missing.add(new InvalidParam("roleId", "The attribute is required"));
            }
            if (!missing.isEmpty()) {
                throw PlatformError.invalid("One or more of the provided attributes are not valid",
                        missing.toArray(InvalidParam[]::new));
            }
            Role role = state.role(roleId)
                .orElseThrow(() -> PlatformError.invalid("One or more of the provided attributes are not valid",
                        new InvalidParam("roleId", "Role " + roleId + " does not exist in the company")));
            Member member = state.member(memberId).orElseThrow(() -> PlatformError.notFound("User " + memberId
                    + " not found"));
            if (!member.active()) {
                throw PlatformError.conflict("The user must be an active member of the platform");
            }
            if (state.team(appId).containsKey(memberId)) {
                throw PlatformError.conflict("User " + memberId + " is already a member of project " + appId);
            }
            if (state.invitationsOf(appId).containsKey(memberId)) {
                throw PlatformError.conflict("User " + memberId + " has already been invited to project " + appId);
            }
            if (state.external(member)) {
                state.invitationsOf(appId)
                    .put(memberId, new Invitation(memberId, roleId, Instant.now(), caller.userId()));
                audit.teamMemberInvited(caller, app, member, role);
                return Change.INVITED;
            }
            join(state, app, memberId, role);
            audit.teamMemberAdded(caller, app, member, role);
            return Change.ADDED;
        });
    }

    /** The invitee accepts (a person's action, so it comes over the admin API). */
    void acceptInvitation(String appId, String userId) {
        store.write((state, audit) -> {
            App app = state.app(appId).orElseThrow(() -> projectNotFound(appId));
            Invitation invitation = state.invitationsOf(appId).get(userId);
            if (invitation == null) {
                throw PlatformError.notFound("No pending invitation of " + userId + " to " + app.name());
            }
            Role role = state.role(invitation.roleId()).orElseThrow();
            state.invitationsOf(appId).remove(userId);
            join(state, app, userId, role);
            audit.invitationAccepted(state.member(userId).orElseThrow(), app, role);
            return null;
        });
    }

    void remove(Caller caller, String appId, String userId) {
        store.write((state, audit) -> {
            App app = Access.visibleApp(state, caller, appId).orElseThrow(() -> projectNotFound(appId));
            if (!Access.administers(state, caller, appId)) {
                throw PlatformError.forbidden("Only project administrators can remove team members");
            }
            if (state.invitationsOf(appId).remove(userId) != null) {
                return null;
            }
            Map<String, TeamMember> team = state.team(appId);
            TeamMember leaving = team.get(userId);
            if (leaving == null) {
                throw PlatformError.notFound("User " + userId + " is not a member of project " + appId);
            }
            Role role = state.role(leaving.roleId()).orElseThrow();
            String refusal = whyNotRemovable(state, app, leaving, role);
            if (refusal != null) {
                throw PlatformError.conflict(refusal);
            }
            team.remove(userId);
            state.environmentsOf(appId)
                .forEach(environment -> state.permissionsOf(environment.environmentId()).remove(userId));
            audit.teamMemberRemoved(caller, app, state.member(userId).orElseThrow(), role);
            return null;
        });
    }

    /** The platform's reasons for keeping someone on a team, or null when they may go. */
    private static String whyNotRemovable(PlatformState state, App app, TeamMember leaving, Role role) {
        Map<String, TeamMember> team = state.team(app.appId());
        if (team.size() == 1) {
            return "User " + leaving.userId() + " is the last member of the project and cannot be removed";
        }
        if (role.administrator() && administrators(state, team.values()) == 1) {
            return "User " + leaving.userId() + " is the last Scrum Master of the project and cannot be removed";
        }
        if (app.licensed() && leaving.userId().equals(app.technicalContact())) {
            return "User " + leaving.userId() + " is the Technical Contact of a licensed app and cannot be removed";
        }
        return null;
    }

    void update(Caller caller, String appId, String userId, List<Attribute> attributes) {
        store.write((state, audit) -> {
            App app = Access.visibleApp(state, caller, appId).orElseThrow(() -> projectNotFound(appId));
            TeamMember member = state.team(appId).get(userId);
            if (member == null) {
                throw PlatformError.notFound("User " + userId + " is not a member of project " + appId);
            }
            TeamMember updated = member;
            for (Attribute attribute : attributes) {
                updated = apply(state, caller, app, updated, attribute);
            }
            if (!updated.roleId().equals(member.roleId())) {
                Role from = state.role(member.roleId()).orElseThrow();
                Role to = state.role(updated.roleId()).orElseThrow();
                if (from.administrator() && !to.administrator()
                        && administrators(state, state.team(appId).values()) == 1) {
                    throw PlatformError.invalid("The project must keep at least one Scrum Master",
                            new InvalidParam("roleId", "User " + userId + " is the last Scrum Master"));
                }
                resetPermissions(state, app, userId, to);
                audit.teamMemberRoleChanged(caller, app, state.member(userId).orElseThrow(), from, to);
            }
            state.team(appId).put(userId, updated);
            return null;
        });
    }

    private static TeamMember apply(PlatformState state, Caller caller, App app, TeamMember member,
            Attribute attribute) {
        if (attribute.key() == null) {
            return member;
        }
        switch (attribute.key()) {
            case "roleId" -> {
                if (!Access.administers(state, caller, app.appId())) {
                    throw PlatformError.forbidden("Only Mendix Admins and project administrators can change roles");
                }
                String roleId = attribute.value();
                if (roleId == null || state.role(roleId).isEmpty()) {
                    throw PlatformError.invalid("One or more of the provided attributes are not valid",
                            new InvalidParam("roleId", "Role " + roleId + " does not exist in the company"));
                }
                return member.withRole(roleId);
            }
            case "isPinned", "isWatching" -> {
                if (!member.userId().equals(caller.userId())) {
                    throw PlatformError.forbidden("Team members can only change " + attribute.key()
                            + " for themselves");
                }
                if (!"true".equals(attribute.value()) && !"false".equals(attribute.value())) {
                    throw PlatformError.invalid("One or more of the provided attributes are not valid",
                            new InvalidParam(attribute.key(), "Expected true or false"));
                }
                boolean value = Boolean.parseBoolean(attribute.value());
                return attribute.key().equals("isPinned") ? member.withPinned(value) : member.withWatching(value);
            }
            default -> {
                // the published description: all other keys are ignored
                return member;
            }
        }
    }

    private static void join(PlatformState state, App app, String userId, Role role) {
        state.team(app.appId()).put(userId, new TeamMember(userId, role.roleId(), false, false));
        resetPermissions(state, app, userId, role);
    }

    /** The role's default permissions in each environment; the Technical Contact keeps all of them. */
    private static void resetPermissions(PlatformState state, App app, String userId, Role role) {
        for (Environment environment : state.environmentsOf(app.appId())) {
            state.permissionsOf(environment.environmentId())
                .put(userId, userId.equals(app.technicalContact()) ? EnvironmentPermission.all(userId)
                        : role.defaultPermission(userId, environment.production()));
        }
    }

    private static long administrators(PlatformState state, Collection<TeamMember> team) {
        return team.stream()
            .filter(member -> state.role(member.roleId()).map(Role::administrator).orElse(false))
            .count();
    }

    static PlatformError projectNotFound(String appId) {
        return PlatformError.notFound("Project " + appId + " not found");
    }

}
