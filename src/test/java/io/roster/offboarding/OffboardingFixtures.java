package io.roster.offboarding;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.roster.mendix.App;
import io.roster.mendix.AppMembership;
import io.roster.mendix.CloudApp;
import io.roster.mendix.Environment;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.ProjectRole;
import io.roster.mendix.Snapshot;

/**
 * A small company for process tests: Olivia leaves; Liam takes over. Builds what a {@link MendixPlatform} mock
 * answers about her apps.
 */
final class OffboardingFixtures {

    static final String ACCOUNT = "acc-brightwater";

    static final String OLIVIA = "olivia.brown@brightwater.example";

    static final String OLIVIA_ID = "0a000000-0000-4000-8000-000000000001";

    static final String LIAM = "liam.novak@brightwater.example";

    static final String LIAM_ID = "0a000000-0000-4000-8000-000000000002";

    static final String NOAH_ID = "0a000000-0000-4000-8000-000000000003";

    static final String SCRUM_MASTER = "role-scrum-master";

    static final String DEVELOPER = "role-developer";

    /** An app of Olivia's, with what the inventory will find. */
    record TestApp(String id, String name, App.Cloud cloud, CloudApp.LicenseType license, boolean oliviaIsTechnicalContact,
            String oliviaRole, boolean training, List<App.Member> others) {
    }

    /** Claims (app, member) for Liam as developer. */
    static App.Member liam(String roleId) {
        return new App.Member(LIAM_ID, "Liam Novak", true, ACCOUNT, roleId, roleName(roleId));
    }

    static App.Member noah(String roleId) {
        return new App.Member(NOAH_ID, "Noah Wilson", true, ACCOUNT, roleId, roleName(roleId));
    }

    /** Olivia is Technical Contact of a free Mendix Cloud app Liam works in: hand over. */
    static TestApp claimsPortal() {
        return new TestApp("app-claims", "Claims Portal", App.Cloud.MENDIX, CloudApp.LicenseType.FREE, true,
                SCRUM_MASTER, false, List.of(liam(DEVELOPER), noah(SCRUM_MASTER)));
    }

    /** Olivia's own free training app: delete. */
    static TestApp trainingSandbox() {
        return new TestApp("app-training", "Rapid Developer Training", App.Cloud.MENDIX, CloudApp.LicenseType.FREE,
                false, SCRUM_MASTER, true, List.of());
    }

    /** Olivia is a developer in a licensed app: leave the team. */
    static TestApp policyEngine() {
        return new TestApp("app-policy", "Policy Engine", App.Cloud.MENDIX, CloudApp.LicenseType.LICENSED, false,
                DEVELOPER, false, List.of(noah(SCRUM_MASTER)));
    }

    /** Olivia is Technical Contact of a Private Cloud app: by hand. */
    static TestApp onPremiseLedger() {
        return new TestApp("app-ledger", "Ledger (Private Cloud)", App.Cloud.PRIVATE_CLOUD, null, true, SCRUM_MASTER,
                false, List.of(noah(SCRUM_MASTER)));
    }

    static void givenOlivia(MendixPlatform platform, TestApp... apps) {
        when(platform.findAccount(OLIVIA)).thenReturn(Optional.of(new MendixAccount(OLIVIA, OLIVIA_ID)));
        when(platform.findAccount(LIAM)).thenReturn(Optional.of(new MendixAccount(LIAM, LIAM_ID)));
        when(platform.companyRoles(anyString())).thenReturn(List.of(
                new ProjectRole(SCRUM_MASTER, "Scrum Master", true, true, List.of()),
                new ProjectRole(DEVELOPER, "Developer", false, true, List.of())));
        givenApps(platform, apps);
    }

    static void givenApps(MendixPlatform platform, TestApp... apps) {
        List<AppMembership> memberships = new ArrayList<>();
        for (TestApp app : apps) {
            boolean scrumMaster = app.oliviaRole().equals(SCRUM_MASTER);
            memberships.add(new AppMembership(app.id(), app.name(), true, ACCOUNT, "https://cloud.home.mendix.com",
                    new AppMembership.MemberRole(roleName(app.oliviaRole()), scrumMaster, app.oliviaIsTechnicalContact(),
                            true)));
            List<App.Member> members = new ArrayList<>(app.others());
            members.add(new App.Member(OLIVIA_ID, "Olivia Brown", true, ACCOUNT, app.oliviaRole(),
                    roleName(app.oliviaRole())));
            App.Member technicalContact = app.oliviaIsTechnicalContact() ? members.get(members.size() - 1) : null;
            when(platform.app(app.id())).thenReturn(new App(app.id(), app.name(), true, app.cloud(), ACCOUNT,
                    technicalContact, members, app.training() ? List.of(new App.Category("Purpose", List.of("Training")))
                            : List.of()));
            if (app.license() != null) {
                when(platform.cloudApp(app.id())).thenReturn(new CloudApp(app.id(), app.name(), app.license(),
                        app.id(), app.oliviaIsTechnicalContact() ? OLIVIA : "someone@brightwater.example", "x"));
            }
        }
        when(platform.appsOf(OLIVIA_ID)).thenReturn(memberships);
    }

    static void givenEnvironments(MendixPlatform platform, String appId, String... environmentIds) {
        List<Environment> environments = new ArrayList<>();
        for (String id : environmentIds) {
            environments.add(new Environment(id, appId, id.endsWith("prod") ? "Production" : "Acceptance",
                    id.endsWith("prod"), "running"));
        }
        when(platform.environments(appId)).thenReturn(environments);
    }

    static Snapshot snapshot(String id, Snapshot.State state) {
        return new Snapshot(id, state, "label", state == Snapshot.State.FAILED ? "disk full" : null, Instant.now(),
                state.finished() ? Instant.now() : null);
    }

    static void givenSnapshots(MendixPlatform platform, String appId, String environmentId, String snapshotId,
            Snapshot.State... states) {
        when(platform.createSnapshot(eq(appId), eq(environmentId), anyString()))
            .thenReturn(snapshot(snapshotId, Snapshot.State.QUEUED));
        var stubbing = when(platform.snapshot(appId, environmentId, snapshotId));
        for (Snapshot.State state : states) {
            stubbing = stubbing.thenReturn(snapshot(snapshotId, state));
        }
    }

    private static String roleName(String roleId) {
        return roleId.equals(SCRUM_MASTER) ? "Scrum Master" : "Developer";
    }

    private OffboardingFixtures() {
    }

}
