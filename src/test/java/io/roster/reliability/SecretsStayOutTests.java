package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole offboarding (account deactivated, Technical Contacts handed over, an app backed up and deleted, a refusal
 * resolved by a person) with a Mendix token and API key that appear nowhere else, then a search for them in
 * everything Roster leaves behind: its log (at DEBUG), every row of every table of its PostgreSQL database (process
 * variables, history, incidents, job exceptions, evidence), and every HTTP answer it gave, including the evidence
 * exports. The platform has to see the credentials; nobody else may.
 */
@ExtendWith({ OutputCaptureExtension.class, PostgresTestDatabase.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
                "camunda.bpm.job-execution.max-wait=1000", "roster.offboarding.snapshot-poll-interval=PT1S",
                "roster.sandbox.snapshots.queued-for=300ms", "roster.sandbox.snapshots.running-for=300ms",
                "roster.sandbox.snapshots.free-apps=true", "logging.level.io.roster=DEBUG",
                "logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@AutoConfigureObservability
@DirtiesContext
class SecretsStayOutTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Distinctive per run, so that a hit can only come from this run's configuration. */
    static final String TOKEN = "pat-" + UUID.randomUUID() + "-TOKEN";

    static final String API_KEY = "key-" + UUID.randomUUID() + "-APIKEY";

    private final List<HttpResponse<String>> answers = new ArrayList<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        PostgresTestDatabase.register(registry);
        // the sandbox platform accepts these credentials for Roster's service account, and only these
        String fixture = new String(SecretsStayOutTests.class.getResourceAsStream("/sandbox/brightwater.json")
            .readAllBytes(), StandardCharsets.UTF_8).replace("\"demo-sandbox-pat\"", "\"" + TOKEN + "\"")
            .replace("\"demo-sandbox-api-key\"", "\"" + API_KEY + "\"");
        Path file = Files.createTempFile("brightwater-secrets", ".json");
        Files.writeString(file, fixture);
        file.toFile().deleteOnExit();
        registry.add("roster.sandbox.fixture", () -> file.toUri().toString());
        registry.add("roster.mendix.token", () -> TOKEN);
        registry.add("roster.mendix.api-key", () -> API_KEY);
    }

    @Test
    void theTokenAndApiKeyAppearNowhereAfterAWholeOffboarding(CapturedOutput output) throws Exception {
        TestHttp helen = TestHttp.as(port, "helen", "demo");
        HttpResponse<String> started = keep(helen.postJson("/api/offboardings", """
                {"email":"sofia.bakker@brightwater.example","lastWorkingMoment":"now","manager":"mark",
                 "defaultSuccessor":"emma.jansen@brightwater.example","reason":"TERMINATION","hrReference":"HR-S-1"}"""));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();

        TestHttp mark = TestHttp.as(port, "mark", "demo");
        String review = awaitTask(mark, "Task_ReviewPlan");
        Map<String, Object> plan = new HashMap<>();
        JsonNode form = variables(mark, review);
        for (String list : List.of("handOverApps", "deleteApps", "leaveTeamApps", "manualApps")) {
            plan.put(list, Map.of("value", form.at("/" + list + "/value").asText(), "type", "Json"));
        }
        plan.put("reviewComment", string("as proposed"));
        assertThat(submit(mark, review, plan).statusCode()).isEqualTo(204);

        TestHttp paula = TestHttp.as(port, "paula", "demo");
        String approval = awaitTask(paula, "Task_ApproveDeletions");
        List<String> approved = new ArrayList<>();
        JSON.readTree(variables(paula, approval).at("/deletionOptions/value").asText())
            .forEach(option -> approved.add(option.path("value").asText()));
        assertThat(submit(paula, approval, Map.of("approvedDeletions",
                Map.of("value", JSON.writeValueAsString(approved), "type", "Json"), "approvalComment",
                string("ok"))).statusCode()).isEqualTo(204);
        String refusal = awaitTask(paula, "Task_ResolveRefusal");
        assertThat(submit(paula, refusal, Map.of("resolution", string("done by hand"), "resolutionNote",
                string("done"))).statusCode()).isEqualTo(204);

        JsonNode done = await().atMost(Duration.ofSeconds(120))
            .until(() -> JSON.readTree(keep(helen.get(location)).body()),
                    view -> view.get("status").asText().equals("COMPLETED"));
        assertThat(done.get("leaverUserId").asText()).as("the platform was reached with the credentials")
            .isNotBlank();
        keep(helen.get(location + "/evidence"));
        keep(helen.send("GET", location + "/evidence", null, null, Map.of("Accept", "text/csv")));
        keep(helen.get("/api/offboardings"));
        keep(TestHttp.as(port, "ada", "demo").get("/actuator/prometheus"));
        keep(TestHttp.as(port, "ada", "demo").get("/actuator/info"));
        keep(paula.get("/engine-rest/history/variable-instance?deserializeValues=false"));
        keep(paula.get("/engine-rest/history/detail?deserializeValues=false"));
        keep(paula.get("/engine-rest/history/incident"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.uri().toString())
            .isLessThan(400));
        assertThat(output.getAll()).as("the log mentions the platform calls").contains("io.roster");
        for (String secret : List.of(TOKEN, API_KEY)) {
            assertThat(output.getAll().lines().filter(line -> line.contains(secret)).toList()).as("log lines")
                .isEmpty();
            assertThat(answers).as("HTTP answers").noneMatch(answer -> answer.body().contains(secret)
                    || answer.headers().toString().contains(secret));
            assertThat(rowsContaining(secret)).as("database rows (variables, history, evidence ...)").isEmpty();
        }
    }

    /** "table.column" of every value in the test database that contains the text, bytes read as UTF-8. */
    private static List<String> rowsContaining(String secret) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertThat(tables).contains("act_ge_bytearray", "act_hi_varinst", "evidence_record");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            Object value = rows.getObject(column);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : String.valueOf(value);
                            if (text.contains(secret)) {
                                hits.add(table + "." + rows.getMetaData().getColumnName(column));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private HttpResponse<String> keep(HttpResponse<String> answer) {
        answers.add(answer);
        return answer;
    }

    private String awaitTask(TestHttp user, String taskKey) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode tasks = JSON.readTree(keep(user.get("/engine-rest/task?taskDefinitionKey=" + taskKey)).body());
            return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
        }, id -> id != null);
    }

    private JsonNode variables(TestHttp user, String taskId) throws IOException {
        return JSON.readTree(keep(user.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"))
            .body());
    }

    /** Submits like Tasklist; tries again when a job of the same case changed it at the same moment. */
    private HttpResponse<String> submit(TestHttp user, String taskId, Map<String, Object> variables)
            throws InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", JSON.valueToTree(variables));
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = keep(user.postJson("/engine-rest/task/" + taskId + "/submit-form", body.toString()));
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

    static {
        // fail early and clearly if the fixture stops naming the service account's credentials this way
        try (var in = SecretsStayOutTests.class.getResourceAsStream("/sandbox/brightwater.json")) {
            String fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!fixture.contains("\"demo-sandbox-pat\"") || !fixture.contains("\"demo-sandbox-api-key\"")) {
                throw new IllegalStateException("the sandbox fixture no longer holds the service account's demo "
                        + "credentials; adapt SecretsStayOutTests");
            }
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

}
