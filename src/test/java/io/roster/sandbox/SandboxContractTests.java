package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static io.roster.sandbox.PublishedContract.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.roster.sandbox.PublishedContract.StandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faithfulness: every endpoint the sandbox serves for the five APIs with a published OpenAPI description answers, on
 * success and on each error, in the published shape, to requests that are themselves valid. (Plain-string gateway
 * errors are not JSON and are checked word for word in {@link SandboxAuthenticationTests}.)
 */
class SandboxContractTests {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    /** Valid credentials to check a response to a request that had none. */
    private static final Map<String, String> STAND_IN = Map.of("Authorization", "MxToken stand-in", "Content-Type",
            "application/json");

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    private final SandboxClient.Caller mark = sandbox.pat(MARK_PAT);

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    // --- User Identifiers API ---

    @Test
    void userIdentifiers() {
        assertThat(assertPublished(service.post("/sandbox/user-identifiers/v1/uuids",
                lookup(SOFIA, JAN, NINA))).status()).isEqualTo(200);
        assertThat(assertPublished(service.post("/sandbox/user-identifiers/v1/uuids", lookup(SOFIA))).body())
            .contains("\"error\":{}");
        assertThat(assertPublished(mark.post("/sandbox/user-identifiers/v1/uuids", lookup(SOFIA))).status())
            .isEqualTo(401);
        assertThat(assertPublished(sandbox.pat(GRETA_PAT).post("/sandbox/user-identifiers/v1/uuids", lookup(SOFIA)))
            .status()).isEqualTo(401);
        assertThat(assertPublished(sandbox.pat(READ_ONLY_PAT).post("/sandbox/user-identifiers/v1/uuids",
                lookup(SOFIA))).status()).isEqualTo(403);
        SandboxClient.Exchange empty = service.post("/sandbox/user-identifiers/v1/uuids", "{\"emailAddresses\":[]}");
        assertThat(assertPublished(empty, StandIn.headers(STAND_IN, lookup(SOFIA))).status()).isEqualTo(400);
    }

    // --- User Deactivation API ---

    @Test
    void userDeactivation() {
        String path = "/sandbox/users-status/v1/platform-users/" + userId(SOFIA);
        assertThat(assertPublished(service.patch(path, "{\"active\":false}")).status()).isEqualTo(204);
        assertThat(assertPublished(service.patch(path, "{\"active\":true}")).status()).isEqualTo(400);
        assertThat(assertPublished(service.patch(path, "{\"active\":\"fal\"}"),
                StandIn.headers(STAND_IN, "{\"active\":false}"))
            .status()).isEqualTo(400);
        assertThat(assertPublished(sandbox.anonymous().patch(path, "{\"active\":false}"),
                StandIn.headers(STAND_IN, "{\"active\":false}")).status()).isEqualTo(401);
        assertThat(assertPublished(sandbox.pat(GRETA_PAT).patch(path, "{\"active\":false}")).status()).isEqualTo(401);
        assertThat(assertPublished(mark.patch(path, "{\"active\":false}")).status()).isEqualTo(403);
        assertThat(assertPublished(service.patch("/sandbox/users-status/v1/platform-users/" + userId(SERVICE),
                "{\"active\":false}")).status()).isEqualTo(403);
        assertThat(assertPublished(sandbox.pat(READ_ONLY_PAT).patch(path, "{\"active\":false}")).status())
            .isEqualTo(403);
    }

    @Test
    void userDeactivationUnderRateLimitAndOutage() {
        String path = "/sandbox/users-status/v1/platform-users/" + userId(SOFIA);
        sandbox.faults("user-deactivation", "{\"rateLimit\":1}");
        service.patch(path, "{\"active\":false}");
        assertThat(assertPublished(service.patch(path, "{\"active\":false}")).status()).isEqualTo(429);
        sandbox.faults("user-deactivation", "{\"outage\":\"PT1M\"}");
        assertThat(assertPublished(service.patch(path, "{\"active\":false}")).status()).isEqualTo(503);
        sandbox.faults("user-deactivation", "{\"errorRate\":1,\"errorStatus\":500}");
        assertThat(assertPublished(service.patch(path, "{\"active\":false}")).status()).isEqualTo(500);
    }

    // --- Projects API v2 ---

    @Test
    void userProjects() {
        String path = "/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects";
        assertThat(assertPublished(service.get(path)).json().get("items")).hasSize(5);
        assertThat(assertPublished(service.get(path + "?permissions=technicalcontact,administrator&limit=2&offset=1"))
            .json()
            .get("page")
            .get("totalElements")
            .asInt()).isEqualTo(3);
        // this endpoint declares no 400; its answer is the API's 400, as declared for the company's projects
        assertThat(assertPublished(service.get(path + "?offset=-1"),
                StandIn.path("/sandbox/projects/v2/accounts/" + ACCOUNT_ID + "/projects", "offset=-1", STAND_IN))
            .status()).isEqualTo(400);
        assertThat(assertPublished(mark.get(path)).status()).isEqualTo(401);
        assertThat(assertPublished(sandbox.pat("no-such-token").get(path)).status()).isEqualTo(401);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/users/" + UNKNOWN + "/projects")).status())
            .isEqualTo(404);
    }

    @Test
    void projectDetailsAndDeletion() {
        assertThat(assertPublished(service.get("/sandbox/projects/v2/projects/" + appId(POLICY_ADMIN_PORTAL)))
            .json()
            .get("members")).hasSize(9);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/projects/" + appId(UNDERWRITING_RULES_ENGINE)))
            .json()
            .has("technicalContact")).isFalse();
        assertThat(assertPublished(service.get("/sandbox/projects/v2/projects/" + UNKNOWN)).status()).isEqualTo(404);
        assertThat(assertPublished(service.delete("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE))).status())
            .isEqualTo(409);
        assertThat(assertPublished(service.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING)))
            .status()).isEqualTo(202);
        assertThat(assertPublished(service.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING)))
            .status()).isEqualTo(404);
    }

    @Test
    void teamMembers() {
        String members = "/sandbox/projects/v2/projects/" + appId(BROKER_PORTAL_PROTOTYPE) + "/members";
        assertThat(assertPublished(service.get(members + "?limit=2")).json().get("items")).hasSize(2);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/projects/" + UNKNOWN + "/members")).status())
            .isEqualTo(404);
        assertThat(assertPublished(service.post(members, newMember(NOAH, DEVELOPER))).status()).isEqualTo(201);
        assertThat(assertPublished(service.post(members, newMember(ANA, DEVELOPER))).status()).isEqualTo(202);
        assertThat(assertPublished(service.post(members, newMember(NOAH, DEVELOPER))).status()).isEqualTo(409);
        assertThat(assertPublished(service.post(members, "{\"memberId\":\"" + userId(EMMA) + "\"}")).status())
            .isEqualTo(400);
        assertThat(assertPublished(service.post(members, "{\"memberId\":\"" + UNKNOWN + "\",\"roleId\":\""
                + roleId(DEVELOPER) + "\"}")).status()).isEqualTo(404);
        assertThat(assertPublished(service.patch(members + "/" + userId(NOAH),
                "{\"attributes\":[{\"key\":\"roleId\",\"value\":\"" + roleId(SCRUM_MASTER) + "\"}]}")).status())
            .isEqualTo(204);
        assertThat(assertPublished(service.patch(members + "/" + userId(NOAH),
                "{\"attributes\":[{\"key\":\"roleId\",\"value\":\"" + UNKNOWN + "\"}]}")).status())
            .isEqualTo(400);
        assertThat(assertPublished(service.patch(members + "/" + userId(EMMA),
                "{\"attributes\":[{\"key\":\"isPinned\",\"value\":\"true\"}]}")).status()).isEqualTo(404);
        assertThat(assertPublished(service.delete(members + "/" + userId(NOAH))).status()).isEqualTo(204);
        assertThat(assertPublished(service.delete(members + "/" + userId(EMMA))).status()).isEqualTo(404);
        String training = "/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING) + "/members/" + userId(SOFIA);
        assertThat(assertPublished(service.delete(training)).status()).isEqualTo(409);
    }

    @Test
    void accountProjectsAndRoles() {
        String projects = "/sandbox/projects/v2/accounts/" + ACCOUNT_ID + "/projects";
        assertThat(assertPublished(service.get(projects)).json().get("page").get("totalElements").asInt())
            .isEqualTo(40);
        assertThat(assertPublished(service.get(projects + "?createdSince=2025-01-01T00:00:00Z&limit=3")).json()
            .get("items")).hasSize(3);
        assertThat(assertPublished(service.get(projects + "?createdSince=yesterday")).status()).isEqualTo(400);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/accounts/" + UNKNOWN + "/projects")).status())
            .isEqualTo(401);
        String roles = "/sandbox/projects/v2/accounts/" + ACCOUNT_ID + "/roles";
        assertThat(assertPublished(service.get(roles)).json().get("items")).hasSize(5);
        assertThat(assertPublished(service.get(roles + "?changedSince=2024-01-01T00:00:00Z")).json().get("items"))
            .hasSize(2);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/accounts/" + UNKNOWN + "/roles")).status())
            .isEqualTo(401);
        assertThat(assertPublished(service.get("/sandbox/projects/v2/roles/" + roleId(SCRUM_MASTER))).json()
            .get("isAdministrator")
            .asBoolean()).isTrue();
        assertThat(assertPublished(service.get("/sandbox/projects/v2/roles/" + UNKNOWN)).status()).isEqualTo(404);
    }

    @Test
    void projectsUnderAnInjectedFailure() {
        sandbox.faults("projects", "{\"errorRate\":1,\"errorStatus\":500}");
        assertThat(assertPublished(service.get("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE))).status())
            .isEqualTo(500);
    }

    // --- Deploy API v4 ---

    @Test
    void cloudApps() {
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps")).json().get("apps")).hasSize(20);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps?licenseType=licensed&offset=10&limit=5"))
            .json()
            .get("pagination")
            .get("size")
            .asInt()).isEqualTo(3);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps?licenseType=fre"),
                StandIn.query("licenseType=free", STAND_IN)).status()).isEqualTo(400);
        assertThat(assertPublished(sandbox.pat("no-such-token").get("/sandbox/cloud/api/v4/apps")).status())
            .isEqualTo(401);
        assertThat(assertPublished(sandbox.pat(GRETA_PAT).get("/sandbox/cloud/api/v4/apps")).status())
            .isEqualTo(403);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE))).json()
            .get("technicalContact")
            .get("userId")
            .asText()).isEqualTo(TOM);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps/" + appId(UNDERWRITING_RULES_ENGINE)))
            .status()).isEqualTo(404);
    }

    @Test
    void technicalContactChange() {
        String app = "/sandbox/cloud/api/v4/apps/" + appId(BROKER_PORTAL_PROTOTYPE);
        assertThat(assertPublished(service.patch(app, technicalContact(NOAH))).status()).isEqualTo(400);
        assertThat(assertPublished(service.patch(app, technicalContact(NINA))).status()).isEqualTo(400);
        assertThat(assertPublished(service.patch(app, "{\"technicalContact\":{}}")).status()).isEqualTo(400);
        assertThat(assertPublished(
                mark.patch("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE), technicalContact(MARK))).status())
            .isEqualTo(403);
        assertThat(assertPublished(service.patch("/sandbox/cloud/api/v4/apps/" + UNKNOWN, technicalContact(NOAH)))
            .status()).isEqualTo(404);
        assertThat(assertPublished(service.patch(app, technicalContact(CHRIS))).status()).isEqualTo(200);
    }

    @Test
    void environments() {
        String app = "/sandbox/cloud/api/v4/apps/" + appId(POLICY_ADMIN_PORTAL);
        assertThat(assertPublished(service.get(app + "/environments?expand=package&sort=-index")).json()
            .get("environments")
            .get(0)
            .get("name")
            .asText()).isEqualTo("Production");
        assertThat(assertPublished(service.get(app + "/environments?sort=size")).status()).isEqualTo(400);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps/" + UNKNOWN + "/environments")).status())
            .isEqualTo(404);
        String production = app + "/environments/" + environmentId(POLICY_ADMIN_PORTAL, "Production");
        assertThat(assertPublished(service.get(production + "?expand=package")).json().has("package")).isTrue();
        assertThat(assertPublished(service.get(app + "/environments/" + UNKNOWN)).status()).isEqualTo(404);
    }

    @Test
    void environmentPermissions() {
        String production = "/sandbox/cloud/api/v4/apps/" + appId(POLICY_ADMIN_PORTAL) + "/environments/"
                + environmentId(POLICY_ADMIN_PORTAL, "Production") + "/permissions";
        assertThat(assertPublished(service.get(production)).json().get("permissions")).hasSize(9);
        assertThat(assertPublished(service.get(production + "?userId=" + GRETA)).json().get("permissions"))
            .hasSize(1);
        assertThat(assertPublished(service.patch(production,
                "{\"permissions\":[{\"member\":{\"userId\":\"" + GRETA + "\"},\"canManageBackups\":false}]}"))
            .status()).isEqualTo(200);
        assertThat(assertPublished(service.patch(production, "{\"permissions\":[{\"canManageBackups\":false}]}"))
            .status()).isEqualTo(400);
        assertThat(assertPublished(service.patch(production,
                "{\"permissions\":[{\"member\":{\"userId\":\"" + EMMA + "\"},\"canManagePrivileges\":true}]}"))
            .status()).isEqualTo(403);
        assertThat(assertPublished(service.patch(production,
                "{\"permissions\":[{\"member\":{\"userId\":\"" + NOAH + "\"},\"canViewLogs\":true}]}")).status())
            .isEqualTo(404);
        String claims = "/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE) + "/environments/"
                + environmentId(CLAIMS_INTAKE, "Production") + "/permissions";
        assertThat(assertPublished(mark.get(claims)).status()).isEqualTo(403);
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE)
                + "/environments/" + UNKNOWN + "/permissions")).status()).isEqualTo(404);
    }

    @Test
    void deployUnderAnInjectedFailure() {
        sandbox.faults("deploy", "{\"errorRate\":1,\"errorStatus\":500}");
        assertThat(assertPublished(service.get("/sandbox/cloud/api/v4/apps")).status()).isEqualTo(500);
    }

    // --- Audit Logging API ---

    @Test
    void auditLogs() {
        service.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");
        service.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING));
        assertThat(assertPublished(service.get("/sandbox/audit/v1/logs")).json().get("items")).hasSize(2);
        assertThat(assertPublished(service.get("/sandbox/audit/v1/logs?resourceId=" + userId(SOFIA)
                + "&eventOutcome=SuccessAction&resourceType=User&sortBy=timestamp&sortOrder=desc&page=1&limit=10"))
            .json()
            .get("items")).hasSize(1);
        assertThat(assertPublished(service.get("/sandbox/audit/v1/logs?limit=101"),
                StandIn.query("limit=100", STAND_IN)).status()).isEqualTo(400);
        assertThat(assertPublished(sandbox.pat("no-such-token").get("/sandbox/audit/v1/logs")).status())
            .isEqualTo(401);
        assertThat(assertPublished(mark.get("/sandbox/audit/v1/logs")).status()).isEqualTo(403);
        sandbox.faults("audit-logging", "{\"errorRate\":1,\"errorStatus\":500}");
        assertThat(assertPublished(service.get("/sandbox/audit/v1/logs")).status()).isEqualTo(500);
    }

    private static final String CHRIS = "chris.walker@brightwater.example";

}
