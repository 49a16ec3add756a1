package io.roster.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
 * Onboardings the whole way, on PostgreSQL, with Roster's own HTTP clients talking to the sandbox platform and the
 * job executor running: HR starts over the API, the new hire signs up (the sandbox's admin API plays them), people
 * complete their steps through the engine's REST API. The sandbox journal then shows every call that changed
 * something, once each.
 * <p>
 * Nora (Claims, Mendix Developer) joins Claims Intake, Motor Claims Triage and the Mendix Guild knowledge base as
 * Developer and may deploy to Claims Intake's Acceptance environment (processes/onboarding-plan.dmn).
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
                "camunda.bpm.job-execution.max-wait=1000", "roster.onboarding.poll-interval=PT1S" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class OnboardingEndToEndTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLAIMS_INTAKE = "7e4db988-0ea9-5337-abf7-4af2c282fac8";

    private static final String MOTOR_TRIAGE = "5be11da7-b74b-5e19-8de9-f19ccbd3b7b3";

    private static final String GUILD = "5e6afde2-3ea6-51d7-90a5-e644393a5620";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aNewHireFromRequestThroughSignUpToWelcome() throws Exception {
        String nora = "nora.vos@brightwater.example";
        long journalStart = lastSequence();
        TestHttp helen = TestHttp.as(port, "helen", "demo");
        String location = start(helen, nora);

        // Roster waits; the new hire signs up
        Thread.sleep(1500);
        assertThat(JSON.readTree(helen.get(location).body()).get("status").asText()).isEqualTo("WAITING_FOR_ACCOUNT");
        assertThat(sandboxAdmin().postJson("/sandbox/admin/signups",
                "{\"email\":\"" + nora + "\",\"name\":\"Nora Vos\"}").statusCode()).isBetween(200, 201);

        TestHttp mark = TestHttp.as(port, "mark", "demo");
        for (String task : awaitTasks(mark, "Task_InternalStep", 2)) {
            assertThat(submit(mark, task, Map.of("stepDone", bool(true))).statusCode()).isEqualTo(204);
        }
        for (String task : awaitTasks(helen, "Task_InternalStep", 1)) {
            assertThat(submit(helen, task, Map.of("stepDone", bool(true), "stepNote", string("e-learning done")))
                .statusCode()).isEqualTo(204);
        }
        String picture = awaitTasks(helen, "Task_ProfilePicture", 1).get(0);
        assertThat(submit(helen, picture, Map.of("stepDone", bool(true))).statusCode()).isEqualTo(204);

        JsonNode done = await().atMost(Duration.ofSeconds(60))
            .until(() -> JSON.readTree(helen.get(location).body()),
                    view -> view.get("status").asText().equals("COMPLETED"));
        assertThat(done.at("/evidence/intact").asBoolean()).isTrue();
        assertThat(done.get("plan").findValuesAsText("status")).containsOnly("ADDED", "SET", "DONE");

        assertThat(changesSince(journalStart)).as("every change the platform saw, once each")
            .containsExactlyInAnyOrder("post-project-member " + CLAIMS_INTAKE, "post-project-member " + MOTOR_TRIAGE,
                    "post-project-member " + GUILD, "update-environment-permissions " + CLAIMS_INTAKE);
        List<String> changes = changesSince(journalStart);
        assertThat(changes.indexOf("post-project-member " + CLAIMS_INTAKE))
            .as("permissions only once Nora is in the team")
            .isLessThan(changes.indexOf("update-environment-permissions " + CLAIMS_INTAKE));
    }

    @Test
    void aCancelledOnboardingLeavesNothingBehind() throws Exception {
        String nick = "nick.meijer@brightwater.example";
        TestHttp helen = TestHttp.as(port, "helen", "demo");
        assertThat(sandboxAdmin().postJson("/sandbox/admin/signups",
                "{\"email\":\"" + nick + "\",\"name\":\"Nick Meijer\"}").statusCode()).isBetween(200, 201);
        long journalStart = lastSequence();
        String location = start(helen, nick);
        await().atMost(Duration.ofSeconds(60))
            .until(() -> JSON.readTree(helen.get(location).body()).get("plan").findValuesAsText("status"),
                    statuses -> statuses.contains("SET"));

        assertThat(helen.send("DELETE", location + "?reason=offer%20withdrawn", null, null, Map.of()).statusCode())
            .isEqualTo(202);

        JsonNode cancelled = await().atMost(Duration.ofSeconds(60))
            .until(() -> JSON.readTree(helen.get(location).body()),
                    view -> view.get("status").asText().equals("CANCELLED"));
        assertThat(cancelled.get("openTasks")).isEmpty();
        assertThat(changesSince(journalStart)).containsExactlyInAnyOrder("post-project-member " + CLAIMS_INTAKE,
                "post-project-member " + MOTOR_TRIAGE, "post-project-member " + GUILD,
                "update-environment-permissions " + CLAIMS_INTAKE, "delete-project-member " + CLAIMS_INTAKE,
                "delete-project-member " + MOTOR_TRIAGE, "delete-project-member " + GUILD,
                "update-environment-permissions " + CLAIMS_INTAKE);
    }

    private String start(TestHttp helen, String email) {
        HttpResponse<String> started = helen.postJson("/api/onboardings", """
                {"email":"%s","firstName":"New","lastName":"Hire","jobTitle":"Mendix Developer","department":"Claims",
                 "country":"Netherlands","location":"Rotterdam","manager":"mark","startDate":"%s"}"""
            .formatted(email, LocalDate.now().plusDays(7)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return started.headers().firstValue("Location").orElseThrow();
    }

    private List<String> awaitTasks(TestHttp user, String taskKey, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<String> ids = new ArrayList<>();
            JSON.readTree(user.get("/engine-rest/task?taskDefinitionKey=" + taskKey).body())
                .forEach(task -> ids.add(task.get("id").asText()));
            return ids;
        }, ids -> ids.size() == count);
    }

    /** Submits a task form like Tasklist does, trying again on an optimistic locking failure as Camunda advises. */
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

    private static Map<String, Object> bool(boolean value) {
        return Map.of("value", value, "type", "Boolean");
    }

    private TestHttp sandboxAdmin() {
        return TestHttp.as(port, "sandbox-admin", "demo");
    }

    private long lastSequence() throws Exception {
        return JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=0").body()).get("lastSequence").asLong();
    }

    /** The calls that changed something (not GETs, not look-ups), as "operation target [outcome unless success]". */
    private List<String> changesSince(long since) throws Exception {
        List<String> changes = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=" + since).body())
            .get("entries")) {
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

}
