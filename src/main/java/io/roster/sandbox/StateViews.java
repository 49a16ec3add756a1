package io.roster.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's state as the admin API shows it to tests and people: members with their Control Center properties
 * and apps, apps with their team, invitations, environments, permissions and snapshots, all by e-mail as well as id.
 * Credentials are never shown.
 */
final class StateViews {

    private StateViews() {
    }

    record Membership(String appId, String appName, String role, boolean technicalContact) {
    }

    record MemberView(String userId, String openId, String email, String name, String accountId, String company,
            boolean external, boolean active, boolean mendixAdmin, String jobTitle, String certification,
            LocalDate signupDate, String country, String location, Instant lastActivity, int numberOfApps,
            List<Membership> apps, List<String> invitedTo) {
    }

    record TeamMemberView(String userId, String email, String name, String role, boolean active, boolean external) {
    }

    record InvitationView(String userId, String email, String role, Instant invitedAt, String invitedBy) {
    }

    record PermissionView(String email, boolean canDeployApp, boolean canManageBackups, boolean canViewAlerts,
            boolean canAccessApi, boolean canViewLogs, boolean canManagePrivileges) {
    }

    record EnvironmentView(String environmentId, String name, boolean production, String state, String url,
            List<PermissionView> permissions) {
    }

    record SnapshotView(String snapshotId, String environmentId, String comment, String state, Instant createdAt) {
    }

    record AppView(String appId, String name, String cloud, String license, boolean active, String subdomain,
            String technicalContact, Map<String, String> categories, boolean failingSnapshots,
            List<TeamMemberView> team, List<InvitationView> invitations, List<EnvironmentView> environments,
            List<SnapshotView> snapshots) {
    }

    static MemberView member(PlatformState state, Member member) {
        List<Membership> apps = state.membershipsOf(member.userId())
            .entrySet()
            .stream()
            .map(entry -> {
                App app = state.app(entry.getKey()).orElseThrow();
                return new Membership(app.appId(), app.name(), roleName(state, entry.getValue().roleId()),
                        member.userId().equals(app.technicalContact()));
            })
            .sorted(Comparator.comparing(Membership::appName))
            .toList();
        List<String> invitedTo = state.invitations()
            .entrySet()
            .stream()
            .filter(entry -> entry.getValue().containsKey(member.userId()))
            .map(Map.Entry::getKey)
            .toList();
        return new MemberView(member.userId(), member.openId(), member.email(), member.name(), member.accountId(),
                state.accountOf(member).name(), state.external(member), member.active(), member.mendixAdmin(),
                member.jobTitle(), member.certification(), member.signupDate(), member.country(), member.location(),
                member.lastActivity(), apps.size(), apps, invitedTo);
    }

    static AppView app(PlatformState state, App app) {
        Map<String, Category> categories = state.categoriesById();
        Map<String, String> assigned = new LinkedHashMap<>();
        app.categories().forEach((categoryId, code) -> {
            Category category = categories.get(categoryId);
            assigned.put(category.name(), category.value(code).map(Category.Value::value).orElse(code));
        });
        List<TeamMemberView> team = state.team(app.appId()).values().stream().map(member -> {
            Member person = state.member(member.userId()).orElseThrow();
            return new TeamMemberView(person.userId(), person.email(), person.name(),
                    roleName(state, member.roleId()), person.active(), state.external(person));
        }).toList();
        List<InvitationView> invitations = state.invitationsOf(app.appId())
            .values()
            .stream()
            .map(invitation -> new InvitationView(invitation.userId(),
                    state.member(invitation.userId()).orElseThrow().email(), roleName(state, invitation.roleId()),
                    invitation.invitedAt(), state.member(invitation.invitedBy()).map(Member::email).orElse(null)))
            .toList();
        List<EnvironmentView> environments = state.environmentsOf(app.appId())
            .stream()
            .map(environment -> new EnvironmentView(environment.environmentId(), environment.name(),
                    environment.production(), environment.state(), environment.url(),
                    state.permissionsOf(environment.environmentId())
                        .values()
                        .stream()
                        .map(permission -> new PermissionView(state.member(permission.userId()).orElseThrow().email(),
                                permission.canDeployApp(), permission.canManageBackups(), permission.canViewAlerts(),
                                permission.canAccessApi(), permission.canViewLogs(),
                                permission.canManagePrivileges()))
                        .toList()))
            .toList();
        Instant now = Instant.now();
        List<SnapshotView> snapshots = state.snapshots()
            .values()
            .stream()
            .filter(snapshot -> snapshot.appId().equals(app.appId()))
            .sorted(Comparator.comparing(Snapshot::createdAt))
            .map(snapshot -> new SnapshotView(snapshot.snapshotId(), snapshot.environmentId(), snapshot.comment(),
                    snapshot.stateAt(now).wire(), snapshot.createdAt()))
            .toList();
        String technicalContact = app.technicalContact() == null ? null
                : state.member(app.technicalContact()).map(Member::email).orElse(null);
        return new AppView(app.appId(), app.name(), app.cloud().name(), app.license().name(), app.active(),
                app.subdomain(), technicalContact, assigned, app.failingSnapshots(), team, invitations, environments,
                snapshots);
    }

    private static String roleName(PlatformState state, String roleId) {
        return state.role(roleId).map(Role::name).orElse(roleId);
    }

}
