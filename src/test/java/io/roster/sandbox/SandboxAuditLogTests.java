package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Audit Logging API records what the platform did on the sandbox's calls, with the UUID and e-mail of who asked,
 * and serves it filtered and in pages. Refused calls change nothing and are not in it.
 */
class SandboxAuditLogTests {

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
    void everyChangeIsLoggedWithItsClientResourceAndContext() {
        String deactivation = "/sandbox/users-status/v1/platform-users/" + userId(SOFIA);
        service.patch(deactivation, "{\"active\":false}");
        service.patch(deactivation, "{\"active\":false}");
        service.post(members(CLAIMS_INTAKE), newMember(NOAH, DEVELOPER));
        service.post(members(CLAIMS_INTAKE), newMember(ANA, DEVELOPER));
        service.patch(members(CLAIMS_INTAKE) + "/" + userId(NOAH),
                "{\"attributes\":[{\"key\":\"roleId\",\"value\":\"" + roleId(SCRUM_MASTER) + "\"}]}");
        service.delete(members(CLAIMS_INTAKE) + "/" + userId(NOAH));
        service.delete(members(FLEET_INSPECTION) + "/" + userId(TOM));
        sandbox.serviceKey()
            .put("/sandbox/usermanagement/legacy-api/1/users/" + encoded(openId(GRETA)),
                    "{\"activeStatus\":true}");
        service.patch("/sandbox/cloud/api/v4/apps/" + appId(POLICY_ADMIN_PORTAL) + "/environments/"
                + environmentId(POLICY_ADMIN_PORTAL, "Production") + "/permissions",
                "{\"permissions\":[{\"member\":{\"userId\":\"" + GRETA + "\"},\"canManageBackups\":false}]}");

        JsonNode logs = service.get("/sandbox/audit/v1/logs").json();
        assertThat(logs.get("items")).extracting(item -> item.at("/event/action").asText())
            .containsExactly("Deactivate user", "Add team member", "Invite team member", "Change team member role",
                    "Remove team member", "Activate user", "Change environment permissions");
        JsonNode deactivated = logs.at("/items/0");
        assertThat(deactivated.get("ownerId").asText()).isEqualTo(ACCOUNT_ID);
        assertThat(deactivated.get("ownerIdType").asText()).isEqualTo("CompanyID");
        assertThat(deactivated.get("externalService").asText()).isEqualTo("Control Center");
        assertThat(deactivated.at("/client/userUuid").asText()).isEqualTo(userId(SERVICE));
        assertThat(deactivated.at("/client/userAccountEmail").asText()).isEqualTo(SERVICE);
        assertThat(deactivated.at("/client/userName").asText()).isEqualTo("Roster Service Account");
        assertThat(deactivated.at("/event/outcome").asText()).isEqualTo("SuccessAction");
        assertThat(deactivated.at("/event/resource/resourceId").asText()).isEqualTo(userId(SOFIA));
        assertThat(deactivated.at("/event/resource/resourceType").asText()).isEqualTo("User");
        assertThat(deactivated.at("/event/oldValue").asText()).isEqualTo("active");
        assertThat(deactivated.at("/event/newValue").asText()).isEqualTo("inactive");
        assertThat(deactivated.at("/event/context/contextType").asText()).isEqualTo("Company");
        JsonNode removed = logs.at("/items/4");
        assertThat(removed.at("/event/context/contextId").asText()).isEqualTo(appId(CLAIMS_INTAKE));
        assertThat(removed.at("/event/oldValue").asText()).isEqualTo(SCRUM_MASTER);
    }

    @Test
    void logsAreFilteredSortedAndPaged() {
        String from = Instant.now().toString();
        for (String email : new String[] { NOAH, EMMA, LUCAS }) {
            service.post(members(FLEET_INSPECTION),
                    newMember(email, DEVELOPER));
        }
        service.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");

        assertThat(service.get("/sandbox/audit/v1/logs?resourceId=" + userId(EMMA)).json().get("items")).hasSize(1);
        assertThat(service.get("/sandbox/audit/v1/logs?contextId=" + appId(FLEET_INSPECTION)).json().get("items"))
            .hasSize(3);
        assertThat(service.get("/sandbox/audit/v1/logs?contextType=Company").json().get("items")).hasSize(1);
        assertThat(service.get("/sandbox/audit/v1/logs?q=noah%20visser").json().get("items")).hasSize(1);
        assertThat(service.get("/sandbox/audit/v1/logs?eventOutcome=Error").json().get("items")).isEmpty();
        assertThat(service.get("/sandbox/audit/v1/logs?from=" + from).json().get("items")).hasSize(4);
        assertThat(service.get("/sandbox/audit/v1/logs?to=" + from).json().get("items")).isEmpty();

        JsonNode newest = service.get("/sandbox/audit/v1/logs?sortOrder=desc&limit=1").json();
        assertThat(newest.at("/items/0/event/action").asText()).isEqualTo("Deactivate user");
        JsonNode second = service.get("/sandbox/audit/v1/logs?page=2&limit=3").json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("pagination").get("page").asInt()).isEqualTo(2);
        assertThat(second.get("pagination").get("pageSize").asInt()).isEqualTo(1);
        assertThat(second.get("pagination").get("total").asInt()).isEqualTo(4);
        assertThat(second.at("/cursors/prev").asText()).contains("page=1");
        assertThat(second.at("/cursors/next").isMissingNode()).isTrue();
        assertThat(second.at("/cursors/self").asText()).startsWith("/sandbox/audit/v1/logs?").contains("page=2");

        assertThat(service.get("/sandbox/audit/v1/logs?page=0").status()).isEqualTo(400);
        assertThat(service.get("/sandbox/audit/v1/logs?sortBy=action").status()).isEqualTo(400);
        assertThat(service.get("/sandbox/audit/v1/logs?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void refusedCallsLeaveNoTrace() {
        service.delete(members(FLEET_INSPECTION) + "/" + userId(TOM));
        service.delete("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE));
        sandbox.pat(MARK_PAT).patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");
        assertThat(service.get("/sandbox/audit/v1/logs").json().get("items")).isEmpty();
    }

}
