package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal: every call the platform APIs received, once, in order, with the operation, the target ids, the status
 * and its outcome; admin calls are not in it, and a reset keeps it.
 */
class SandboxJournalTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    @Test
    void anOffboardingAsThePlatformSawIt() {
        service.post("/sandbox/user-identifiers/v1/uuids",
                "{\"emailAddresses\":[{\"emailAddress\":\"" + SOFIA + "\"}]}");
        service.get("/sandbox/projects/v2/users/" + userId(SOFIA) + "/projects?permissions=technicalcontact");
        service.patch("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_PHOTO_UPLOAD),
                "{\"technicalContact\":{\"userId\":\"" + EMMA + "\"}}");
        service.delete("/sandbox/projects/v2/projects/" + appId(POLICY_ADMIN_PORTAL) + "/members/" + userId(SOFIA));
        service.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING));
        service.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");
        sandbox.app(appId(CLAIMS_PHOTO_UPLOAD));

        List<JsonNode> journal = sandbox.journalSince(since);
        assertThat(journal).extracting(entry -> entry.get("api").asText() + " " + entry.get("operation").asText()
                + " " + entry.get("status").asInt())
            .containsExactly("user-identifiers get-user-identifiers 200", "projects get-user-projects 200",
                    "deploy patch-apps-technicalContact 200", "projects delete-project-member 204",
                    "projects delete-project 202", "user-deactivation user-deactivation-api 204");
        assertThat(journal).extracting(entry -> entry.get("sequence").asLong())
            .containsExactly(since + 1, since + 2, since + 3, since + 4, since + 5, since + 6);
        assertThat(journal.get(0).get("users")).extracting(JsonNode::asText).containsExactly(SOFIA);
        assertThat(journal.get(1).get("query").asText()).isEqualTo("permissions=technicalcontact");
        assertThat(journal.get(2).get("app").asText()).isEqualTo(appId(CLAIMS_PHOTO_UPLOAD));
        assertThat(journal.get(2).get("users")).extracting(JsonNode::asText).containsExactly(EMMA);
        assertThat(journal.get(3).get("users")).extracting(JsonNode::asText).containsExactly(userId(SOFIA));
        assertThat(journal.get(3).get("app").asText()).isEqualTo(appId(POLICY_ADMIN_PORTAL));
        assertThat(journal.get(5).get("method").asText()).isEqualTo("PATCH");
        assertThat(journal.get(5).get("path").asText())
            .isEqualTo("/sandbox/users-status/v1/platform-users/" + userId(SOFIA));
        assertThat(journal).allSatisfy(entry -> {
            assertThat(entry.get("outcome").asText()).isEqualTo("success");
            assertThat(entry.get("caller").asText()).isEqualTo(SERVICE);
            assertThat(entry.get("time").asText()).isNotEmpty();
            assertThat(entry.has("durationMillis")).isTrue();
        });
    }

    @Test
    void refusalsAndUnknownPathsAreJournaledWithTheirOutcome() {
        service.delete("/sandbox/projects/v2/projects/" + appId(FLEET_INSPECTION) + "/members/" + userId(TOM));
        service.delete("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE));
        service.get("/sandbox/projects/v2/nothing-here");
        service.post("/sandbox/user-identifiers/v1/uuids", "{}");
        sandbox.pat(MARK_PAT).patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");

        List<JsonNode> journal = sandbox.journalSince(since);
        assertThat(journal).extracting(entry -> entry.get("operation").asText() + " " + entry.get("outcome").asText())
            .containsExactly("delete-project-member refused", "delete-project refused", "unknown not-found",
                    "get-user-identifiers rejected", "user-deactivation-api denied");
        assertThat(journal.get(0).get("message").asText()).contains("last Scrum Master");
        assertThat(journal.get(4).get("message").asText()).contains("not a Mendix Admin");
    }

    @Test
    void readingTheJournalFromASequenceNumberGivesOnlyWhatCameAfter() {
        service.get("/sandbox/cloud/api/v4/apps");
        long middle = sandbox.journalSince(since).get(0).get("sequence").asLong();
        service.get("/sandbox/cloud/api/v4/apps/" + appId(CLAIMS_INTAKE));
        JsonNode page = sandbox.admin().get("/sandbox/admin/journal?since=" + middle).json();
        assertThat(page.get("entries")).singleElement()
            .satisfies(entry -> assertThat(entry.get("operation").asText()).isEqualTo("get-app"));
        assertThat(page.get("lastSequence").asLong()).isEqualTo(middle + 1);
    }

    @Test
    void aResetKeepsTheJournalGoing() {
        service.get("/sandbox/cloud/api/v4/apps");
        long afterReset = sandbox.reset();
        assertThat(afterReset).isEqualTo(since + 1);
        service.get("/sandbox/cloud/api/v4/apps");
        assertThat(sandbox.journalSince(since)).extracting(entry -> entry.get("sequence").asLong())
            .containsExactly(since + 1, since + 2);
    }

}
