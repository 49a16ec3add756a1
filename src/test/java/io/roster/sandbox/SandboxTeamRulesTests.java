package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * App teams: members of the company join at once (201), people of other companies are invited (202) and join when
 * they accept; the platform keeps the last member, the last Scrum Master and the Technical Contact of a licensed app
 * (409), and new members get their role's environment permissions.
 */
class SandboxTeamRulesTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static String members(String app) {
        return "/sandbox/projects/v2/projects/" + appId(app) + "/members";
    }

    @Test
    void aMemberOfTheCompanyJoinsAtOnceWithTheRolesPermissions() {
        assertThat(service.post(members(CLAIMS_INTAKE), newMember(NOAH, DEVELOPER)).status()).isEqualTo(201);
        JsonNode app = sandbox.app(appId(CLAIMS_INTAKE));
        assertThat(app.get("team")).anySatisfy(member -> {
            assertThat(member.get("email").asText()).isEqualTo(NOAH);
            assertThat(member.get("role").asText()).isEqualTo(DEVELOPER);
        });
        JsonNode acceptance = environment(app, "Acceptance");
        assertThat(permissionOf(acceptance, NOAH).get("canManageBackups").asBoolean()).isTrue();
        assertThat(permissionOf(environment(app, "Production"), NOAH).get("canDeployApp").asBoolean()).isFalse();
        assertThat(service.get("/sandbox/projects/v2/users/" + userId(NOAH) + "/projects").json().get("items"))
            .anyMatch(project -> project.get("name").asText().equals(CLAIMS_INTAKE));
    }

    @Test
    void someoneOfAnotherCompanyIsInvitedAndJoinsWhenTheyAccept() {
        assertThat(service.post(members(CLAIMS_INTAKE), newMember(ANA, DEVELOPER)).status()).isEqualTo(202);
        assertThat(service.get(members(CLAIMS_INTAKE)).json().get("items"))
            .noneMatch(item -> item.get("userId").asText().equals(userId(ANA)));
        JsonNode app = sandbox.app(appId(CLAIMS_INTAKE));
        assertThat(app.get("invitations")).singleElement()
            .satisfies(invitation -> assertThat(invitation.get("email").asText()).isEqualTo(ANA));
        assertThat(service.post(members(CLAIMS_INTAKE), newMember(ANA, DEVELOPER)).status())
            .as("already invited").isEqualTo(409);

        assertThat(sandbox.admin()
            .post("/sandbox/admin/apps/" + appId(CLAIMS_INTAKE) + "/invitations/" + userId(ANA) + "/accept", null)
            .status()).isEqualTo(204);
        assertThat(service.get(members(CLAIMS_INTAKE)).json().get("items"))
            .anyMatch(item -> item.get("userId").asText().equals(userId(ANA))
                    && item.at("/company/companyName").asText().equals("Bluefin Digital"));
        assertThat(sandbox.app(appId(CLAIMS_INTAKE)).get("invitations")).isEmpty();
    }

    @Test
    void aPendingInvitationCanBeWithdrawn() {
        assertThat(sandbox.app(appId(BROKER_PORTAL)).get("invitations")).hasSize(1);
        assertThat(service.delete(members(BROKER_PORTAL) + "/" + userId(LI_WEI)).status()).isEqualTo(204);
        assertThat(sandbox.app(appId(BROKER_PORTAL)).get("invitations")).isEmpty();
    }

    @Test
    void onlyActiveMembersWhoAreNotOnTheTeamYetCanBeAdded() {
        SandboxClient.Exchange twice = service.post(members(CLAIMS_INTAKE), newMember(TOM, DEVELOPER));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().at("/error/detail").asText()).contains("already a member");
        SandboxClient.Exchange deactivated = service.post(members(CLAIMS_INTAKE), newMember(GRETA, DEVELOPER));
        assertThat(deactivated.status()).isEqualTo(409);
        assertThat(deactivated.json().at("/error/detail").asText())
            .isEqualTo("The user must be an active member of the platform");
        SandboxClient.Exchange noRole = service.post(members(CLAIMS_INTAKE),
                "{\"memberId\":\"" + userId(NOAH) + "\",\"roleId\":\"00000000-0000-4000-8000-000000000000\"}");
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.json().at("/error/invalid-params/0/name").asText()).isEqualTo("roleId");
    }

    @Test
    void theLastScrumMasterStays() {
        SandboxClient.Exchange refused = service.delete(members(FLEET_INSPECTION) + "/" + userId(TOM));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/detail").asText()).contains("last Scrum Master");
        assertThat(sandbox.app(appId(FLEET_INSPECTION)).get("team"))
            .anyMatch(member -> member.get("email").asText().equals(TOM));

        // another Scrum Master first, then Tom may go
        assertThat(service.patch(members(FLEET_INSPECTION) + "/" + userId("vera.dekker@brightwater.example"),
                "{\"attributes\":[{\"key\":\"roleId\",\"value\":\"" + roleId(SCRUM_MASTER) + "\"}]}").status())
            .isEqualTo(204);
        assertThat(service.delete(members(FLEET_INSPECTION) + "/" + userId(TOM)).status()).isEqualTo(204);
    }

    @Test
    void aScrumMasterWithAnotherScrumMasterMayGo() {
        assertThat(service.delete(members(POLICY_ADMIN_PORTAL) + "/" + userId(SOFIA)).status()).isEqualTo(204);
        JsonNode app = sandbox.app(appId(POLICY_ADMIN_PORTAL));
        assertThat(app.get("team")).noneMatch(member -> member.get("email").asText().equals(SOFIA));
        assertThat(app.get("environments"))
            .allSatisfy(environment -> assertThat(environment.get("permissions"))
                .noneMatch(permission -> permission.get("email").asText().equals(SOFIA)));
    }

    @Test
    void theLastMemberStays() {
        SandboxClient.Exchange refused = service.delete(members(SOFIA_TRAINING) + "/" + userId(SOFIA));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/detail").asText()).contains("last member");
    }

    @Test
    void theTechnicalContactOfALicensedAppStaysButOfAFreeAppMayGo() {
        SandboxClient.Exchange refused = service.delete(members(CLAIMS_INTAKE) + "/" + userId(TOM));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/detail").asText()).contains("Technical Contact of a licensed app");

        assertThat(service.delete(members(FLEET_INSPECTION) + "/" + userId("xander.vos@brightwater.example"))
            .status()).isEqualTo(204);
        JsonNode cloudApp = service.get("/sandbox/cloud/api/v4/apps/" + appId(FLEET_INSPECTION)).json();
        assertThat(cloudApp.at("/technicalContact/status").asText()).as("no longer on the team").isEqualTo("inactive");
    }

    @Test
    void theLastScrumMasterKeepsTheRole() {
        SandboxClient.Exchange refused = service.patch(members(FLEET_INSPECTION) + "/" + userId(TOM),
                "{\"attributes\":[{\"key\":\"roleId\",\"value\":\"" + roleId(DEVELOPER) + "\"}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/error/detail").asText()).contains("at least one Scrum Master");
    }

    @Test
    void membersPinAppsForThemselvesOnly() {
        String mark = members(CLAIMS_INTAKE) + "/" + userId(MARK);
        assertThat(sandbox.pat(MARK_PAT).patch(mark, "{\"attributes\":[{\"key\":\"isPinned\",\"value\":\"true\"}]}")
            .status()).isEqualTo(204);
        assertThat(sandbox.pat(MARK_PAT)
            .get("/sandbox/projects/v2/users/" + userId(MARK) + "/projects?isPinnedByUser=true")
            .json()
            .get("items")).singleElement()
            .satisfies(project -> assertThat(project.get("name").asText()).isEqualTo(CLAIMS_INTAKE));
        assertThat(service.patch(mark, "{\"attributes\":[{\"key\":\"isPinned\",\"value\":\"false\"}]}").status())
            .isEqualTo(401);
        assertThat(sandbox.pat(MARK_PAT).patch(mark, "{\"attributes\":[{\"key\":\"colour\",\"value\":\"red\"}]}")
            .status()).as("other keys are ignored").isEqualTo(204);
    }

    @Test
    void aMemberWithoutAdministratorRightsCannotChangeTheTeam() {
        SandboxClient.Caller mark = sandbox.pat(MARK_PAT);
        assertThat(mark.post(members(CLAIMS_INTAKE), newMember(NOAH, DEVELOPER)).status()).isEqualTo(401);
        assertThat(mark.delete(members(CLAIMS_INTAKE) + "/" + userId("vera.dekker@brightwater.example")).status())
            .isEqualTo(401);
        assertThat(mark.post(members(POLICY_ADMIN_PORTAL), newMember(NOAH, DEVELOPER)).status())
            .as("not even visible to him").isEqualTo(404);
    }

    @Test
    void aLeaversAppsListTheirRoleAndCanBeFilteredByPermission() {
        JsonNode technicalContact = service
            .get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects?permissions=technicalcontact")
            .json();
        assertThat(technicalContact.get("items")).extracting(project -> project.get("name").asText())
            .containsExactly(BROKER_PORTAL_PROTOTYPE, CLAIMS_PHOTO_UPLOAD, SOFIA_TRAINING);
        JsonNode administrator = service
            .get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects?permissions=administrator,technicalcontact")
            .json();
        assertThat(administrator.at("/page/totalElements").asInt()).isEqualTo(3);
        JsonNode external = service.get("/sandbox/projects/v2/users/" + userId(JAN) + "/projects").json();
        assertThat(external.get("items")).extracting(project -> project.get("name").asText())
            .containsExactly("Partner Portal Pilot", POLICY_ADMIN_PORTAL);
        assertThat(service.get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects?permissions=owner")
            .status()).isEqualTo(400);
    }

    @Test
    void mendixAdminsSeeInactiveAppsAndOthersDoNot() {
        String legacy = "/sandbox/projects/v2/projects/" + appId(LEGACY_MOTOR_QUOTES);
        assertThat(service.get(legacy).json().get("active").asBoolean()).isFalse();
        assertThat(sandbox.pat(MARK_PAT).get(legacy).status()).isEqualTo(404);
        String projects = "/sandbox/projects/v2/accounts/" + ACCOUNT_ID + "/projects";
        assertThat(service.get(projects).json().at("/page/totalElements").asInt()).isEqualTo(40);
        assertThat(sandbox.pat(MARK_PAT).get(projects).json().at("/page/totalElements").asInt()).isEqualTo(38);
    }

    @Test
    void listsArePagedWithTheProjectsApisPageObject() {
        String projects = "/sandbox/projects/v2/accounts/" + ACCOUNT_ID + "/projects";
        JsonNode first = service.get(projects + "?limit=15").json();
        JsonNode last = service.get(projects + "?limit=15&offset=30").json();
        assertThat(first.get("page").toString()).isEqualTo("{\"totalElements\":40,\"offset\":0,\"elements\":15}");
        assertThat(last.get("page").toString()).isEqualTo("{\"totalElements\":40,\"offset\":30,\"elements\":10}");
        assertThat(service.get(projects + "?limit=500").json().at("/page/elements").asInt()).as("capped at 100")
            .isEqualTo(40);
        assertThat(service.get(projects + "?limit=0").status()).isEqualTo(400);
    }

    static JsonNode environment(JsonNode app, String name) {
        for (JsonNode environment : app.get("environments")) {
            if (environment.get("name").asText().equals(name)) {
                return environment;
            }
        }
        throw new AssertionError(app.get("name") + " has no environment " + name);
    }

    static JsonNode permissionOf(JsonNode environment, String email) {
        for (JsonNode permission : environment.get("permissions")) {
            if (permission.get("email").asText().equals(email)) {
                return permission;
            }
        }
        throw new AssertionError(email + " has no permissions in " + environment.get("name"));
    }

}
