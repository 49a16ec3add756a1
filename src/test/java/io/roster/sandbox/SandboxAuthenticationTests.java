package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials as the platform checks them: tokens ({@code MxToken}) and API keys, the deactivated member's
 * credentials, missing scopes, Mendix Admin rights, and each API's own wording for all of it, including the gateway's
 * plain-string answers. Also the admin API's HTTP Basic.
 */
class SandboxAuthenticationTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    private static final String UUIDS = "/sandbox/user-identifiers/v1/uuids";

    private static final String LOOKUP = "{\"emailAddresses\":[{\"emailAddress\":\"" + SOFIA + "\"}]}";

    private String deactivation() {
        return "/sandbox/users-status/v1/platform-users/" + userId(SOFIA);
    }

    @Test
    void theGatewayAnswersAMissingOrUnknownTokenWithAPlainString() {
        SandboxClient.Exchange missing = sandbox.anonymous().post(UUIDS, LOOKUP);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("text/plain");
        assertThat(missing.body()).isEqualTo("Invalid or missing authorization header");

        SandboxClient.Exchange bearer = sandbox.anonymous().header("Authorization", "Bearer " + SERVICE_PAT)
            .post(UUIDS, LOOKUP);
        assertThat(bearer.body()).isEqualTo("Invalid or missing authorization header");

        SandboxClient.Exchange unknown = sandbox.pat("not-a-token").post(UUIDS, LOOKUP);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).startsWith("Supplied personal access token is invalid. Response: ");

        SandboxClient.Exchange deactivation = sandbox.pat("not-a-token").patch(deactivation(), "{\"active\":false}");
        assertThat(deactivation.status()).isEqualTo(401);
        assertThat(deactivation.contentType()).startsWith("text/plain");
        assertThat(deactivation.body()).isEqualTo("Supplied personal access token is invalid.");
    }

    @Test
    void eachApiWordsAMissingTokenItsOwnWay() {
        SandboxClient.Caller nobody = sandbox.anonymous();
        assertThat(nobody.patch(deactivation(), "{\"active\":false}").json().at("/error/detail").asText())
            .isEqualTo("No access token provided in the request.");
        assertThat(nobody.get("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE)).json().at("/error/code").asInt())
            .isEqualTo(401);
        assertThat(nobody.get("/sandbox/cloud/api/v4/apps").json().at("/error/invalid-params/0/reason").asText())
            .isEqualTo("Missing or invalid Authorization header");
        assertThat(nobody.get("/sandbox/audit/v1/logs").json().at("/error/status").asInt()).isEqualTo(401);
        SandboxClient.Exchange backups = nobody.get(snapshots(CLAIMS_INTAKE, "Acceptance"));
        assertThat(backups.status()).isEqualTo(401);
        assertThat(backups.json().get("errorCode").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(nobody.get("/sandbox/usermanagement/legacy-api/1/users").json().get("errorCode").asText())
            .isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theTokenPrefixIsNotCaseSensitive() {
        assertThat(sandbox.anonymous().header("Authorization", "mxtoken " + SERVICE_PAT).post(UUIDS, LOOKUP).status())
            .isEqualTo(200);
    }

    @Test
    void aDeactivatedMembersTokenAndKeyStopWorking() {
        SandboxClient.Caller greta = sandbox.pat(GRETA_PAT);
        SandboxClient.Exchange identifiers = greta.post(UUIDS, LOOKUP);
        assertThat(identifiers.status()).isEqualTo(401);
        assertThat(identifiers.json().get("errorText").asText())
            .isEqualTo("Bearer token is invalid/malformed. The User[" + userId(GRETA)
                    + "] for which the token was issued is not active");
        assertThat(greta.patch(deactivation(), "{\"active\":false}").json().at("/error/detail").asText())
            .isEqualTo("Access token is non-existent or expired.");
        SandboxClient.Exchange deploy = greta.get("/sandbox/cloud/api/v4/apps");
        assertThat(deploy.status()).isEqualTo(403);
        assertThat(deploy.json().at("/error/invalid-params/0/reason").asText())
            .isEqualTo("Account not found or inactive");
        assertThat(sandbox.apiKey(GRETA, GRETA_API_KEY).get(snapshots(POLICY_ADMIN_PORTAL, "Production")).status())
            .isEqualTo(401);
    }

    @Test
    void aMemberWhoIsNotAMendixAdminIsRefusedTheAdminOnlyOperations() {
        SandboxClient.Caller mark = sandbox.pat(MARK_PAT);
        SandboxClient.Exchange identifiers = mark.post(UUIDS, LOOKUP);
        assertThat(identifiers.status()).isEqualTo(401);
        assertThat(identifiers.json().get("errorText").asText())
            .isEqualTo("The User[" + userId(MARK) + "] does not have Mendix Admin role to perform this operation");
        SandboxClient.Exchange deactivation = mark.patch(deactivation(), "{\"active\":false}");
        assertThat(deactivation.status()).isEqualTo(403);
        assertThat(deactivation.json().at("/error/detail").asText())
            .isEqualTo("Requestor is not Mendix Admin for the company");
        assertThat(mark.get("/sandbox/audit/v1/logs").status()).isEqualTo(403);
        SandboxClient.Exchange legacy = sandbox.apiKey(MARK, MARK_API_KEY)
            .get("/sandbox/usermanagement/legacy-api/1/users");
        assertThat(legacy.status()).isEqualTo(403);
        assertThat(legacy.json().get("errorCode").asText()).isEqualTo("FORBIDDEN");
        assertThat(mark.get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects").json().at("/error/detail")
            .asText()).isEqualTo("Project members cannot request a list of projects on behalf of someone else");
        assertThat(sandbox.member(SOFIA).get("active").asBoolean()).as("nothing changed").isTrue();
    }

    @Test
    void aTokenWithoutTheOperationsScopeIsRefused() {
        SandboxClient.Caller readOnly = sandbox.pat(READ_ONLY_PAT);
        assertThat(readOnly.post(UUIDS, LOOKUP).json().get("errorText").asText())
            .startsWith("Bearer token is missing required scope(s): mx:mxid3:user-identifiers:uuid:read");
        assertThat(readOnly.patch(deactivation(), "{\"active\":false}").json().at("/error/detail").asText())
            .isEqualTo("Access token does not include the required scope.");
        assertThat(readOnly.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING)).status()).isEqualTo(401);
        assertThat(readOnly.patch("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE),
                "{\"technicalContact\":{\"userId\":\"" + LUCAS + "\"}}").json().at("/error/invalid-params/0/reason")
            .asText()).isEqualTo("The token is not accepted");
        assertThat(readOnly.get("/sandbox/audit/v1/logs").status()).isEqualTo(403);
        assertThat(readOnly.get("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING)).status())
            .as("reading is in scope").isEqualTo(200);
        assertThat(readOnly.get("/sandbox/cloud/api/v4/apps").status()).as("reading is in scope").isEqualTo(200);
    }

    @Test
    void anApiKeyNeedsTheMembersEmailAsUsername() {
        assertThat(sandbox.apiKey(MARK, SERVICE_API_KEY).get("/sandbox/usermanagement/legacy-api/1/users").status())
            .isEqualTo(401);
        assertThat(sandbox.anonymous().header("Mendix-ApiKey", SERVICE_API_KEY)
            .get("/sandbox/usermanagement/legacy-api/1/users")
            .status()).isEqualTo(401);
        assertThat(sandbox.serviceKey().get("/sandbox/usermanagement/legacy-api/1/users").status()).isEqualTo(200);
    }

    @Test
    void theJournalNamesTheCallerOfEveryAuthenticatedCall() {
        sandbox.service().post(UUIDS, LOOKUP);
        sandbox.pat("not-a-token").post(UUIDS, LOOKUP);
        sandbox.pat(GRETA_PAT).post(UUIDS, LOOKUP);
        var journal = sandbox.journalSince(since);
        assertThat(journal).extracting(entry -> entry.path("caller").asText(null))
            .containsExactly(SERVICE, null, GRETA);
        assertThat(journal).extracting(entry -> entry.get("outcome").asText())
            .containsExactly("success", "denied", "denied");
    }

    @Test
    void theAdminApiNeedsItsOwnBasicLogin() {
        SandboxClient.Exchange anonymous = sandbox.anonymous().get("/sandbox/admin/journal");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Roster sandbox platform\"");
        assertThat(sandbox.anonymous().header("Authorization", "Basic c2FuZGJveC1hZG1pbjp3cm9uZw==")
            .get("/sandbox/admin/journal")
            .status()).isEqualTo(401);
        assertThat(sandbox.service().get("/sandbox/admin/journal").status()).as("a platform token is no admin login")
            .isEqualTo(401);
        assertThat(sandbox.admin().get("/sandbox/admin/journal").status()).isEqualTo(200);
        assertThat(sandbox.admin().header("Sec-Fetch-Site", "cross-site").post("/sandbox/admin/reset", null).status())
            .isEqualTo(403);
    }

}
