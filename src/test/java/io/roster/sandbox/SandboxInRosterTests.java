package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Inside Roster (the default run's profile sandbox): Roster's clients are pointed at the sandbox, the platform's
 * endpoints answer to the platform's credentials and the admin API to its own, and Roster's own surfaces stay as
 * locked as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxInRosterTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    SandboxStorage storage;

    private SandboxClient sandbox() {
        return new SandboxClient("http://localhost:" + port);
    }

    @Test
    void rostersClientsArePointedAtTheSandbox() {
        String base = "http://localhost:" + port + "/sandbox/";
        assertThat(environment.getProperty("roster.mendix.apis.user-identifiers.base-url"))
            .isEqualTo(base + "user-identifiers/v1");
        assertThat(environment.getProperty("roster.mendix.apis.user-deactivation.base-url"))
            .isEqualTo(base + "users-status/v1");
        assertThat(environment.getProperty("roster.mendix.apis.projects.base-url")).isEqualTo(base + "projects/v2");
        assertThat(environment.getProperty("roster.mendix.apis.deploy.base-url")).isEqualTo(base + "cloud/api/v4");
        assertThat(environment.getProperty("roster.mendix.apis.backups.base-url")).isEqualTo(base + "deploy/api/v2");
        assertThat(environment.getProperty("roster.mendix.apis.audit-logging.base-url")).isEqualTo(base + "audit/v1");
        assertThat(environment.getProperty("roster.mendix.apis.user-management.base-url"))
            .isEqualTo(base + "usermanagement/legacy-api/1");
        assertThat(environment.getProperty("roster.mendix.apis.user-management.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("roster.mendix.account-id")).isEqualTo(ACCOUNT_ID);
        assertThat(storage.persistent()).as("tests keep the sandbox in memory").isFalse();
    }

    @Test
    void theConfiguredCredentialsOpenTheSandbox() {
        SandboxClient sandbox = sandbox();
        String token = environment.getRequiredProperty("roster.mendix.token");
        String apiUser = environment.getRequiredProperty("roster.mendix.api-username");
        String apiKey = environment.getRequiredProperty("roster.mendix.api-key");
        assertThat(sandbox.pat(token)
            .get("/sandbox/projects/v2/accounts/" + environment.getProperty("roster.mendix.account-id") + "/projects")
            .status()).isEqualTo(200);
        assertThat(sandbox.pat(token)
            .post("/sandbox/user-identifiers/v1/uuids", lookup(SOFIA))
            .json()
            .at("/identifiers/0/uuid")
            .asText()).isEqualTo(userId(SOFIA));
        assertThat(sandbox.apiKey(apiUser, apiKey)
            .put("/sandbox/usermanagement/legacy-api/1/users/" + encoded(openId(GRETA)),
                    "{\"activeStatus\":false}")
            .status()).as("an OpenID, slashes encoded, in the path").isEqualTo(200);
    }

    @Test
    void theAdminApiTakesItsOwnLoginNotRosters() {
        SandboxClient sandbox = sandbox();
        assertThat(sandbox.admin().get("/sandbox/admin/state/members/" + SOFIA).status()).isEqualTo(200);
        assertThat(sandbox.anonymous().header("Authorization", "Basic YWRhOmRlbW8=")
            .get("/sandbox/admin/journal")
            .status()).as("ada:demo is a Roster login").isEqualTo(401);
    }

    @Test
    void rostersOwnSurfacesAreAsLockedAsBefore() {
        SandboxClient.Caller anonymous = sandbox().anonymous();
        assertThat(anonymous.get("/api/me").status()).isEqualTo(401);
        assertThat(anonymous.get("/somewhere-else").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(sandbox().pat(SERVICE_PAT).get("/api/me").status()).as("a platform token is no Roster login")
            .isEqualTo(401);
        assertThat(anonymous.get("/api/me%2Fthings").status()).as("encoded slashes only for OpenIDs").isEqualTo(400);
        assertThat(anonymous.get("/sandbox/projects/v2/projects%2Fx").status()).isEqualTo(400);
    }

}
