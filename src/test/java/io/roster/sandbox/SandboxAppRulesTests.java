package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apps: deletion (only free apps in the public Mendix cloud; gone afterwards), the Technical Contact (Deploy v4, by
 * e-mail, must be on the team), environment permissions, and how Deploy v4 lists apps and environments.
 */
class SandboxAppRulesTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static String project(String app) {
        return "/sandbox/projects/v2/projects/" + appId(app);
    }

    private static String cloudApp(String app) {
        return "/sandbox/cloud/api/v4/apps/" + appId(app);
    }

    @Test
    void aFreeAppInTheMendixCloudIsDeletedAndThenGone() {
        assertThat(service.delete(project(SOFIA_TRAINING)).status()).isEqualTo(202);
        assertThat(service.get(project(SOFIA_TRAINING)).status()).isEqualTo(404);
        assertThat(service.get(cloudApp(SOFIA_TRAINING)).status()).isEqualTo(404);
        assertThat(service.delete(project(SOFIA_TRAINING)).status()).isEqualTo(404);
        assertThat(service.get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects").json().get("items"))
            .noneMatch(item -> item.get("name").asText().equals(SOFIA_TRAINING));
        assertThat(sandbox.admin().get("/sandbox/admin/state/apps/" + appId(SOFIA_TRAINING)).status()).isEqualTo(404);
    }

    @Test
    void licensedAndPrivateCloudAppsCannotBeDeleted() {
        SandboxClient.Exchange licensed = service.delete(project(CLAIMS_INTAKE));
        assertThat(licensed.status()).isEqualTo(409);
        assertThat(licensed.json().at("/error/detail").asText()).contains("licensed node");
        SandboxClient.Exchange privateCloud = service.delete(project(UNDERWRITING_RULES_ENGINE));
        assertThat(privateCloud.status()).isEqualTo(409);
        assertThat(privateCloud.json().at("/error/detail").asText()).contains("non-public Mendix cloud");
        assertThat(service.get(project(CLAIMS_INTAKE)).status()).isEqualTo(200);
        assertThat(service.get(project(UNDERWRITING_RULES_ENGINE)).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsDeleteApps() {
        assertThat(sandbox.pat(MARK_PAT).delete(project("Onboarding Checklist")).status()).isEqualTo(401);
        assertThat(service.get(project("Onboarding Checklist")).status()).isEqualTo(200);
    }

    @Test
    void theNewTechnicalContactMustBeOnTheTeam() {
        SandboxClient.Exchange notMember = service.patch(cloudApp(BROKER_PORTAL_PROTOTYPE), technicalContact(NOAH));
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.json().at("/error/message").asText())
            .isEqualTo("The user " + NOAH + " is not member of an application");
        assertThat(service.get(cloudApp(BROKER_PORTAL_PROTOTYPE)).json().at("/technicalContact/userId").asText())
            .isEqualTo(SOFIA);

        service.post(project(BROKER_PORTAL_PROTOTYPE) + "/members",
                newMember(NOAH, DEVELOPER));
        SandboxClient.Exchange changed = service.patch(cloudApp(BROKER_PORTAL_PROTOTYPE), technicalContact(NOAH));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).isEmpty();
        JsonNode app = service.get(cloudApp(BROKER_PORTAL_PROTOTYPE)).json();
        assertThat(app.get("technicalContact").toString())
            .isEqualTo("{\"userId\":\"" + NOAH + "\",\"name\":\"Noah Visser\",\"status\":\"active\"}");
        assertThat(service.get(project(BROKER_PORTAL_PROTOTYPE)).json().at("/technicalContact/userId").asText())
            .isEqualTo(userId(NOAH));
        JsonNode freeApp = SandboxTeamRulesTests.environment(sandbox.app(appId(BROKER_PORTAL_PROTOTYPE)), "Free App");
        assertThat(SandboxTeamRulesTests.permissionOf(freeApp, NOAH).get("canManagePrivileges").asBoolean())
            .as("the Technical Contact may do everything")
            .isTrue();
        assertThat(service.patch(cloudApp(BROKER_PORTAL_PROTOTYPE), technicalContact(NOAH)).status())
            .as("again: no change")
            .isEqualTo(200);
    }

    @Test
    void unknownOrDeactivatedSuccessorsAreNotFound() {
        assertThat(service.patch(cloudApp(POLICY_ADMIN_PORTAL), technicalContact(NINA)).json()
            .at("/error/message")
            .asText()).isEqualTo("User " + NINA + " not found");
        assertThat(service.patch(cloudApp(POLICY_ADMIN_PORTAL), technicalContact(GRETA)).json()
            .at("/error/message")
            .asText()).isEqualTo("User " + GRETA + " not found");
        assertThat(service.patch(cloudApp(POLICY_ADMIN_PORTAL), "{}").json().at("/error/invalid-params/0/reason")
            .asText()).startsWith("Attribute 'userId' is required");
    }

    @Test
    void theTechnicalContactItselfMayHandOverButOtherMembersMayNot() {
        SandboxClient.Exchange mark = sandbox.pat(MARK_PAT).patch(cloudApp(CLAIMS_INTAKE), technicalContact(MARK));
        assertThat(mark.status()).isEqualTo(403);
        assertThat(mark.json().at("/error/invalid-params/0/reason").asText())
            .isEqualTo("The user is not the Technical Contact of the app");
        assertThat(service.patch(cloudApp(CLAIMS_INTAKE), technicalContact(LUCAS)).status()).isEqualTo(200);
        JsonNode production = SandboxTeamRulesTests.environment(sandbox.app(appId(CLAIMS_INTAKE)), "Production");
        assertThat(SandboxTeamRulesTests.permissionOf(production, TOM).get("canDeployApp").asBoolean())
            .as("Tom is back to a developer's rights")
            .isFalse();
        assertThat(service.delete(project(CLAIMS_INTAKE) + "/members/" + userId(TOM)).status())
            .as("no longer Technical Contact, Tom may leave")
            .isEqualTo(204);
    }

    @Test
    void privateCloudAppsDoNotExistForDeploy() {
        assertThat(service.get(cloudApp(UNDERWRITING_RULES_ENGINE)).status()).isEqualTo(404);
        assertThat(service.patch(cloudApp(UNDERWRITING_RULES_ENGINE), technicalContact(RAVI)).status()).isEqualTo(404);
        assertThat(service.get(project(UNDERWRITING_RULES_ENGINE)).json().get("cloudProvider").asText())
            .isEqualTo("Mendix_for_Private_Cloud");
    }

    @Test
    void deployListsTheCloudAppsPageByPage() {
        JsonNode first = service.get("/sandbox/cloud/api/v4/apps").json();
        assertThat(first.get("pagination").toString()).isEqualTo("{\"offset\":0,\"limit\":20,\"size\":20}");
        JsonNode second = service.get("/sandbox/cloud/api/v4/apps?offset=20&limit=20").json();
        assertThat(second.at("/pagination/size").asInt()).isEqualTo(15);
        assertThat(service.get("/sandbox/cloud/api/v4/apps?licenseType=licensed&limit=100").json().get("apps"))
            .hasSize(13)
            .allMatch(app -> app.get("licenseType").asText().equals("licensed"));
        assertThat(service.get("/sandbox/cloud/api/v4/apps?limit=0").status()).isEqualTo(400);
        JsonNode marks = sandbox.pat(MARK_PAT).get("/sandbox/cloud/api/v4/apps").json();
        assertThat(marks.get("apps")).extracting(app -> app.get("name").asText())
            .containsExactly(CLAIMS_INTAKE, "Onboarding Checklist");
    }

    @Test
    void environmentsAreSortedAndExpandedOnRequest() {
        String environments = cloudApp(POLICY_ADMIN_PORTAL) + "/environments";
        assertThat(service.get(environments).json().get("environments")).extracting(e -> e.get("name").asText())
            .containsExactly("Acceptance", "Production", "Test");
        assertThat(service.get(environments + "?sort=index").json().get("environments"))
            .extracting(e -> e.get("name").asText())
            .containsExactly("Test", "Acceptance", "Production");
        assertThat(service.get(environments + "?sort=%2Dname").json().get("environments"))
            .extracting(e -> e.get("name").asText())
            .containsExactly("Test", "Production", "Acceptance");
        JsonNode plain = service.get(environments).json().at("/environments/0");
        assertThat(plain.has("package")).isFalse();
        JsonNode expanded = service.get(environments + "?expand=package").json().at("/environments/0");
        assertThat(expanded.at("/package/modelVersion").asText()).isNotEmpty();
        assertThat(service.get(environments + "?expand=packag").status()).isEqualTo(400);
        JsonNode production = service.get(environments + "/" + environmentId(POLICY_ADMIN_PORTAL, "Production")).json();
        assertThat(production.get("isProduction").asBoolean()).isTrue();
        assertThat(production.get("url").asText()).isEqualTo("https://policyadminportal.mendixcloud.com");
    }

    @Test
    void whoMayManageBackupsIsReadPerEnvironment() {
        String permissions = cloudApp(POLICY_ADMIN_PORTAL) + "/environments/"
                + environmentId(POLICY_ADMIN_PORTAL, "Production") + "/permissions";
        JsonNode all = service.get(permissions).json();
        assertThat(all.get("technicalContact").asText()).isEqualTo(OLIVER);
        assertThat(all.get("permissions")).filteredOn(permission -> permission.get("canManageBackups").asBoolean())
            .extracting(permission -> permission.at("/member/userId").asText())
            .containsExactlyInAnyOrder(OLIVER, SOFIA, GRETA, "joost.hermans@brightwater.example");
        JsonNode greta = service.get(permissions + "?userId=" + GRETA).json();
        assertThat(greta.get("permissions")).singleElement()
            .satisfies(permission -> assertThat(permission.get("canAccessAPI").asBoolean()).isTrue());
        assertThat(service.get(permissions + "?limit=2&offset=8").json().at("/pagination/size").asInt()).isEqualTo(1);
    }

    @Test
    void permissionsAreChangedByAdminsButManagePrivilegesOnlyByTheTechnicalContact() {
        String permissions = cloudApp(POLICY_ADMIN_PORTAL) + "/environments/"
                + environmentId(POLICY_ADMIN_PORTAL, "Production") + "/permissions";
        SandboxClient.Exchange revoked = service.patch(permissions,
                "{\"permissions\":[{\"member\":{\"userId\":\"" + GRETA + "\"},\"canManageBackups\":false,"
                        + "\"canAccessAPI\":false}]}");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().at("/permissions/0/canManageBackups").asBoolean()).isFalse();
        assertThat(revoked.json().at("/permissions/0/canViewLogs").asBoolean()).as("unchanged").isFalse();
        assertThat(service.get(permissions + "?userId=" + GRETA).json().at("/permissions/0/canManageBackups")
            .asBoolean()).isFalse();

        SandboxClient.Exchange privileges = service.patch(permissions,
                "{\"permissions\":[{\"member\":{\"userId\":\"" + EMMA + "\"},\"canManagePrivileges\":true}]}");
        assertThat(privileges.status()).isEqualTo(403);
        assertThat(privileges.json().at("/error/invalid-params/0/reason").asText())
            .isEqualTo("Only technical contact can change manage permission");

        String claims = cloudApp(CLAIMS_INTAKE) + "/environments/" + environmentId(CLAIMS_INTAKE, "Production")
                + "/permissions";
        SandboxClient.Exchange notPrivileged = sandbox.pat(MARK_PAT).get(claims);
        assertThat(notPrivileged.status()).isEqualTo(403);
        assertThat(notPrivileged.json().at("/error/invalid-params/0/reason").asText())
            .isEqualTo("The account is not privileged to perform this request for environment "
                    + environmentId(CLAIMS_INTAKE, "Production"));
    }

    @Test
    void theAuditLogRecordsTheAppChangesWithWhoMadeThem() {
        service.patch(cloudApp(CLAIMS_INTAKE), technicalContact(LUCAS));
        service.delete(project(SOFIA_TRAINING));
        JsonNode logs = service.get("/sandbox/audit/v1/logs?sortOrder=asc").json();
        assertThat(logs.get("items")).extracting(item -> item.at("/event/action").asText())
            .containsExactly("Change technical contact", "Delete project");
        JsonNode change = logs.at("/items/0");
        assertThat(change.at("/client/userUuid").asText()).isEqualTo(userId(SERVICE));
        assertThat(change.at("/client/userAccountEmail").asText()).isEqualTo(SERVICE);
        assertThat(change.at("/client/originType").asText()).isEqualTo("API");
        assertThat(change.at("/event/oldValue").asText()).isEqualTo(TOM);
        assertThat(change.at("/event/newValue").asText()).isEqualTo(LUCAS);
        assertThat(change.at("/event/resource/resourceId").asText()).isEqualTo(appId(CLAIMS_INTAKE));
        assertThat(change.get("ownerId").asText()).isEqualTo(ACCOUNT_ID);
    }

    @Test
    void someoneCreatesAnAppInThePortal() {
        SandboxClient.Exchange created = sandbox.admin().post("/sandbox/admin/apps", """
                {"name":"Expense Tracker Training","license":"FREE","categories":{"Purpose":"TRN"},
                 "technicalContact":"%s","team":{"%s":"Scrum Master","%s":"Developer"}}""".formatted(SOFIA, SOFIA,
                TOM));
        assertThat(created.status()).isEqualTo(201);
        String appId = created.json().get("appId").asText();
        JsonNode app = sandbox.app(appId);
        assertThat(app.get("technicalContact").asText()).isEqualTo(SOFIA);
        assertThat(app.at("/categories/Purpose").asText()).isEqualTo("Training");
        assertThat(app.get("team")).extracting(member -> member.get("email").asText() + " " + member.get("role").asText())
            .containsExactly(SOFIA + " Scrum Master", TOM + " Developer");
        assertThat(service.get("/sandbox/projects/v2/users/" + userId(TOM) + "/projects").json().get("items"))
            .anyMatch(item -> item.get("projectId").asText().equals(appId));
        assertThat(service.get("/sandbox/cloud/api/v4/apps/" + appId + "/environments").json().get("environments"))
            .extracting(environment -> environment.get("name").asText())
            .containsExactly("Free App");
        assertThat(service.delete("/sandbox/projects/v2/projects/" + appId).status()).as("free: may be deleted")
            .isEqualTo(202);
    }

    @Test
    void aNewAppNeedsAScrumMasterAndItsTechnicalContactOnTheTeam() {
        assertThat(sandbox.admin().post("/sandbox/admin/apps", """
                {"name":"No Lead","license":"FREE","technicalContact":"%s","team":{"%s":"Developer"}}"""
            .formatted(SOFIA, SOFIA)).status()).isEqualTo(400);
        assertThat(sandbox.admin().post("/sandbox/admin/apps", """
                {"name":"Absent Contact","license":"FREE","technicalContact":"%s","team":{"%s":"Scrum Master"}}"""
            .formatted(TOM, SOFIA)).status()).isEqualTo(400);
        assertThat(sandbox.admin().post("/sandbox/admin/apps", """
                {"name":"Stranger","license":"FREE","technicalContact":"nobody@brightwater.example",
                 "team":{"nobody@brightwater.example":"Scrum Master"}}""").status()).isEqualTo(400);
        assertThat(sandbox.admin().get("/sandbox/admin/state/apps").json())
            .noneMatch(app -> app.get("name").asText().equals("No Lead"));
    }

}
