package io.roster.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An offboarding the whole way, on PostgreSQL, with Roster's own HTTP clients talking to the sandbox platform and the
 * job executor running: HR starts it over the API, the manager completes the review and a platform admin the
 * approval through the engine's REST API, a person resolves the platform's refusal. The sandbox journal then shows
 * every call that changed something, once each and in the order that matters.
 * <p>
 * Sofia Bakker (sandbox persona) leaves at once: Technical Contact of two free apps (Emma takes over; she is on one
 * team already), sole member of her training app (deleted after a backup), Scrum Master of a licensed app alongside
 * Oliver (she leaves it), only Scrum Master of one of the apps she hands over (the platform refuses her removal).
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
                "camunda.bpm.job-execution.max-wait=1000", "roster.offboarding.snapshot-poll-interval=PT1S",
                "roster.sandbox.snapshots.queued-for=300ms", "roster.sandbox.snapshots.running-for=300ms",
                // the real platform keeps no backups of free apps; this sandbox does, so that a deletion can happen
                "roster.sandbox.snapshots.free-apps=true" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class OffboardingEndToEndTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SOFIA = "sofia.bakker@brightwater.example";

    private static final String EMMA = "emma.jansen@brightwater.example";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aTerminationFromRequestToEvidence() throws Exception {
        long journalStart = JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=0").body())
            .get("lastSequence")
            .asLong();
        TestHttp helen = TestHttp.as(port, "helen", "demo");

        HttpResponse<String> started = helen.postJson("/api/offboardings", """
                {"email":"%s","lastWorkingMoment":"now","manager":"mark","defaultSuccessor":"%s",
                 "reason":"TERMINATION","hrReference":"HR-E2E-1"}""".formatted(SOFIA, EMMA));
        assertThat(started.statusCode()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();

        TestHttp mark = TestHttp.as(port, "mark", "demo");
        String review = awaitTask(mark, "Task_ReviewPlan");
        submitAsProposed(mark, review);

        TestHttp paula = TestHttp.as(port, "paula", "demo");
        String approval = awaitTask(paula, "Task_ApproveDeletions");
        JsonNode deletions = variables(paula, approval).at("/deletionOptions/value");
        List<String> approved = new ArrayList<>();
        JSON.readTree(deletions.asText()).forEach(option -> approved.add(option.path("value").asText()));
        assertThat(submit(paula, approval, Map.of("approvedDeletions", json(approved), "approvalComment",
                string("training app, nothing to keep"))).statusCode()).isEqualTo(204);

        String refusal = awaitTask(paula, "Task_ResolveRefusal");
        assertThat(variables(paula, refusal).at("/manualReason/value").asText()).contains("last Scrum Master");
        assertThat(submit(paula, refusal, Map.of("resolution", string("done by hand"), "resolutionNote",
                string("Made Noah Scrum Master, then removed Sofia"))).statusCode()).isEqualTo(204);

        JsonNode done = await().atMost(Duration.ofSeconds(90))
            .until(() -> JSON.readTree(helen.get(location).body()),
                    view -> view.get("status").asText().equals("COMPLETED"));
        assertThat(done.at("/evidence/intact").asBoolean()).isTrue();
        assertThat(done.get("incidents")).isEmpty();

        List<String> changes = changesSince(journalStart);
        String training = appIdNamed(done, "Rapid Developer Training");
        assertThat(changes).as("every change the platform saw, once each").containsExactlyInAnyOrder(
                "user-deactivation-api " + done.get("leaverUserId").asText(),
                "post-project-member " + appIdNamed(done, "Broker Portal Prototype"),
                "patch-apps-technicalContact " + appIdNamed(done, "Broker Portal Prototype"),
                "patch-apps-technicalContact " + appIdNamed(done, "Claims Photo Upload"),
                "delete-project-member " + appIdNamed(done, "Broker Portal Prototype"),
                "delete-project-member " + appIdNamed(done, "Claims Photo Upload") + " refused",
                "delete-project-member " + appIdNamed(done, "Document Intake Hub"),
                "delete-project-member " + appIdNamed(done, "Policy Admin Portal"),
                "create-snapshot " + training, "delete-project " + training);
        assertThat(changes.indexOf("user-deactivation-api " + done.get("leaverUserId").asText()))
            .as("access is denied before anything is removed or deleted")
            .isLessThan(indexOfFirst(changes, "delete-project-member"))
            .isLessThan(changes.indexOf("delete-project " + training));
        assertThat(changes.indexOf("create-snapshot " + training)).isLessThan(
                changes.indexOf("delete-project " + training));
        assertThat(changes.indexOf("post-project-member " + appIdNamed(done, "Broker Portal Prototype")))
            .isLessThan(changes.indexOf("patch-apps-technicalContact " + appIdNamed(done, "Broker Portal Prototype")));
    }

    private String awaitTask(TestHttp user, String taskKey) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode tasks = JSON.readTree(user.get("/engine-rest/task?taskDefinitionKey=" + taskKey).body());
            return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
        }, id -> id != null);
    }

    private JsonNode variables(TestHttp user, String taskId) throws Exception {
        // as Tasklist reads them: Json values serialized
        return JSON.readTree(user.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").body());
    }

    /** The manager keeps every app in the list Roster proposed it for, as the form would submit it. */
    private void submitAsProposed(TestHttp mark, String taskId) throws Exception {
        JsonNode form = variables(mark, taskId);
        Map<String, Object> submitted = new java.util.HashMap<>();
        for (String list : List.of("handOverApps", "deleteApps", "leaveTeamApps", "manualApps")) {
            submitted.put(list, Map.of("value", form.at("/" + list + "/value").asText(), "type", "Json"));
        }
        submitted.put("defaultSuccessor", string(EMMA));
        submitted.put("reviewComment", string("Emma takes over"));
        assertThat(submit(mark, taskId, submitted).statusCode()).isEqualTo(204);
    }

    /**
     * Submits a task form like Tasklist does. A job of the same case may change it at the same moment; the engine
     * then answers with an optimistic locking failure and, as Camunda advises for API callers, the client tries again.
     */
    private HttpResponse<String> submit(TestHttp user, String taskId, Map<String, Object> variables)
            throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", JSON.valueToTree(variables));
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = user.postJson("/engine-rest/task/" + taskId + "/submit-form", body.toString());
            if (!response.body().contains("OptimisticLockingException")) {
                return response;
            }
            Thread.sleep(200);
        }
        return response;
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> json(Object value) throws Exception {
        return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
    }

    private TestHttp sandboxAdmin() {
        return TestHttp.as(port, "sandbox-admin", "demo");
    }

    private List<JsonNode> journal(long since) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=" + since).body())
            .get("entries")
            .forEach(entries::add);
        return entries;
    }

    /** The calls that changed something (not GETs, not look-ups), as "operation target [outcome unless success]". */
    private List<String> changesSince(long since) throws Exception {
        List<String> changes = new ArrayList<>();
        for (JsonNode entry : journal(since)) {
            String method = entry.path("method").asText();
            String operation = entry.path("operation").asText();
            if (method.equals("GET") || operation.equals("get-user-identifiers")) {
                continue;
            }
            String target = entry.path("app").asText("");
            if (target.isEmpty()) {
                target = entry.at("/users/0").asText("");
            }
            String outcome = entry.path("outcome").asText();
            changes.add(operation + " " + target + (outcome.equals("success") ? "" : " " + outcome));
        }
        return changes;
    }

    private static String appIdNamed(JsonNode view, String prefix) {
        for (JsonNode app : view.get("plan")) {
            if (app.get("appName").asText().startsWith(prefix)) {
                return app.get("appId").asText();
            }
        }
        throw new AssertionError("no app named " + prefix + " in the plan");
    }

    private static int indexOfFirst(List<String> changes, String operation) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).startsWith(operation + " ")) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

}
