package io.roster.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records what one change did to the platform, in the words of the audit log. {@link PlatformStore} hands one to each
 * change and keeps the events only when the change succeeds, so refused requests leave no trace here (the journal
 * has them).
 */
final class AuditTrail {

    static final String SUCCESS = "SuccessAction";

    private final Account company;

    private final List<AuditEvent> recorded = new ArrayList<>();

    AuditTrail(Account company) {
        this.company = company;
    }

    List<AuditEvent> recorded() {
        return List.copyOf(recorded);
    }

    void accountStatusChanged(Caller caller, Member member, boolean active) {
        String action = active ? "Activate user" : "Deactivate user";
        record(api(caller), "Control Center", "User Management", action,
                caller.member().name() + (active ? " activated " : " deactivated ") + member.name() + " ("
                        + member.email() + ")",
                active ? "inactive" : "active", active ? "active" : "inactive", user(member), companyContext());
    }

    void teamMemberAdded(Caller caller, App app, Member member, Role role) {
        record(api(caller), "Mendix Portal", "Projects", "Add team member",
                caller.member().name() + " added " + member.name() + " to the team of " + app.name() + " as "
                        + role.name(),
                null, role.name(), user(member), appContext(app));
    }

    void teamMemberInvited(Caller caller, App app, Member member, Role role) {
        record(api(caller), "Mendix Portal", "Projects", "Invite team member",
                caller.member().name() + " invited " + member.name() + " of another company to the team of "
                        + app.name() + " as " + role.name(),
                null, role.name(), user(member), appContext(app));
    }

    void invitationAccepted(Member member, App app, Role role) {
        record(new Client(member, null, "User"), "Mendix Portal", "Projects", "Accept invitation",
                member.name() + " accepted the invitation to the team of " + app.name(), null, role.name(),
                user(member), appContext(app));
    }

    void teamMemberRemoved(Caller caller, App app, Member member, Role role) {
        record(api(caller), "Mendix Portal", "Projects", "Remove team member",
                caller.member().name() + " removed " + member.name() + " from the team of " + app.name(),
                role.name(), null, user(member), appContext(app));
    }

    void teamMemberRoleChanged(Caller caller, App app, Member member, Role from, Role to) {
        record(api(caller), "Mendix Portal", "Projects", "Change team member role",
                caller.member().name() + " changed the role of " + member.name() + " in " + app.name(), from.name(),
                to.name(), user(member), appContext(app));
    }

    void appDeleted(Caller caller, App app) {
        record(api(caller), "Mendix Portal", "Projects", "Delete project",
                caller.member().name() + " deleted " + app.name() + " with its repository and cloud resources", null,
                null, new Target(app.appId(), "Project", app.name()), companyContext());
    }

    void technicalContactChanged(Caller caller, App app, Member from, Member to) {
        record(api(caller), "Deployment", "Cloud Portal", "Change technical contact",
                caller.member().name() + " made " + to.name() + " the Technical Contact of " + app.name(),
                from == null ? null : from.email(), to.email(), new Target(app.appId(), "Project", app.name()),
                appContext(app));
    }

    void permissionsChanged(Caller caller, Environment environment, Member member, EnvironmentPermission from,
            EnvironmentPermission to) {
        record(api(caller), "Deployment", "Cloud Portal", "Change environment permissions",
                caller.member().name() + " changed what " + member.name() + " may do in " + environment.name(),
                describe(from), describe(to), user(member),
                new Target(environment.environmentId(), "Environment", environment.name()));
    }

    void snapshotCreated(Caller caller, Environment environment, Snapshot snapshot) {
        record(api(caller), "Deployment", "Backups", "Create backup",
                caller.member().name() + " requested a backup of " + environment.name()
                        + (snapshot.comment() == null ? "" : " (" + snapshot.comment() + ")"),
                null, snapshot.snapshotId(), new Target(snapshot.snapshotId(), "Backup", snapshot.comment()),
                new Target(environment.environmentId(), "Environment", environment.name()));
    }

    /** Who did it; {@code originType} tells a call over an API from a person in the Portal. */
    private record Client(Member who, String ipAddress, String originType) {
    }

    private record Target(String id, String type, String name) {
    }

    private static Client api(Caller caller) {
        return new Client(caller.member(), caller.ipAddress(), "API");
    }

    private Target user(Member member) {
        return new Target(member.userId(), "User", member.name());
    }

    private Target companyContext() {
        return new Target(company.accountId(), "Company", company.name());
    }

    private static Target appContext(App app) {
        return new Target(app.appId(), "Project", app.name());
    }

    private static String describe(EnvironmentPermission permission) {
        return "canDeployApp=" + permission.canDeployApp() + ", canManageBackups=" + permission.canManageBackups()
                + ", canViewAlerts=" + permission.canViewAlerts() + ", canAccessAPI=" + permission.canAccessApi()
                + ", canViewLogs=" + permission.canViewLogs() + ", canManagePrivileges="
                + permission.canManagePrivileges();
    }

    private void record(Client client, String externalService, String internalService, String action,
            String description, String oldValue, String newValue, Target resource, Target context) {
        Member who = client.who();
        recorded.add(new AuditEvent(UUID.randomUUID().toString(), Instant.now(), externalService, internalService,
                who.userId(), who.email(), who.name(), client.ipAddress(), client.originType(), action, description,
                SUCCESS, oldValue, newValue, resource.id(), resource.type(), resource.name(), context.id(),
                context.type(), context.name()));
    }

}
