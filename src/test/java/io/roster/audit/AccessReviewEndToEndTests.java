package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
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
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An access review the whole way, on PostgreSQL, with the job executor running, Roster's HTTP clients talking to the
 * sandbox platform and the directory served over LDAP in process: a platform admin uploads the export and starts the
 * review, confirms one of the two orphans in the form (through the engine's REST API, as Tasklist does), and the
 * sandbox journal then shows that orphan's account deactivated, and nobody else's.
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
                "camunda.bpm.job-execution.max-wait=1000", "roster.sandbox.state-dir=",
                "roster.mendix.apis.projects.requests-per-second=100",
                "roster.mendix.apis.deploy.requests-per-second=100",
                // one app per job: the crawl goes on job by job, as it does for a large company
                "roster.access-review.crawl-slice=PT0S" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class AccessReviewEndToEndTests {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String XANDER = "xander.vos@brightwater.example";

    static final String UMAR = "umar.farooq@brightwater.example";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MendixPlatform platform;

    @Value("${roster.mendix.account-id}")
    String accountId;

    @Test
    void aReviewFromExportToTheDeactivatedLeaver() throws Exception {
        long journalStart = JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=0").body())
            .get("lastSequence")
            .asLong();
        assertThat(ExportUpload.upload(port, "paula", BrightwaterExport.xlsx(), "members.xlsx").statusCode())
            .isEqualTo(201);
        TestHttp paula = TestHttp.as(port, "paula", "demo");

        HttpResponse<String> started = paula.postJson("/api/access-reviews", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();

        String taskId = await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode tasks = JSON.readTree(paula.get("/engine-rest/task?taskDefinitionKey="
                    + AccessReviewProcess.Task.CONFIRM_ORPHANS).body());
            return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
        }, id -> id != null);
        JsonNode form = JSON.readTree(
                paula.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").body());
        List<String> offered = new ArrayList<>();
        JSON.readTree(form.at("/orphanOptions/value").asText()).forEach(o -> offered.add(o.path("value").asText()));
        assertThat(offered).containsExactlyInAnyOrder(XANDER, UMAR);
        assertThat(form.at("/braked/value").asBoolean()).isFalse();

        ObjectNode body = JSON.createObjectNode();
        body.set("variables", JSON.valueToTree(Map.of("confirmedOrphans",
                Map.of("value", JSON.writeValueAsString(List.of(XANDER)), "type", "Json"), "overrideBrake",
                Map.of("value", false, "type", "Boolean"))));
        assertThat(paula.postJson("/engine-rest/task/" + taskId + "/submit-form", body.toString()).statusCode())
            .isEqualTo(204);

        JsonNode review = await().atMost(Duration.ofSeconds(60))
            .until(() -> JSON.readTree(paula.get(location).body()),
                    view -> view.path("status").asText().equals("COMPLETED"));
        assertThat(review.path("orphanCount").asInt()).isEqualTo(2);
        long slices = history.createHistoricActivityInstanceQuery()
            .activityId(AccessReviewProcess.Task.BUILD_INVENTORY)
            .count();
        assertThat(slices).as("crawl slices: one per app of the company")
            .isEqualTo(platform.companyApps(accountId).size())
            .isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inventory_crawl_app", Integer.class))
            .as("staged apps, once the inventory is saved")
            .isZero();
        assertThat(review.path("offboardings").asInt()).isEqualTo(1);
        assertThat(review.path("confirmedBy").asText()).isEqualTo("paula");

        List<String> deactivated = await().atMost(Duration.ofSeconds(60))
            .until(() -> deactivationsSince(journalStart), list -> !list.isEmpty());
        assertThat(deactivated).as("only the confirmed orphan's account").containsExactly(userIdOf(XANDER));

        String findings = TestHttp.as(port, "audrey", "demo").get(location + "/findings.csv").body();
        assertThat(findings).contains("ORPHAN_MISSING_IN_DIRECTORY," + UMAR);
    }

    private List<String> deactivationsSince(long since) throws Exception {
        List<String> users = new ArrayList<>();
        JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=" + since).body())
            .get("entries")
            .forEach(entry -> {
                if (entry.path("operation").asText().equals("user-deactivation-api")
                        && entry.path("outcome").asText().equals("success")) {
                    users.add(entry.at("/users/0").asText());
                }
            });
        return users;
    }

    private static String userIdOf(String email) throws Exception {
        try (InputStream in = AccessReviewEndToEndTests.class.getResourceAsStream("/sandbox/brightwater.json")) {
            for (JsonNode member : JSON.readTree(in).path("members")) {
                if (member.path("email").asText().equals(email)) {
                    return member.path("userId").asText();
                }
            }
        }
        throw new AssertionError("no " + email + " in the fixture");
    }

    private TestHttp sandboxAdmin() {
        return TestHttp.as(port, "sandbox-admin", "demo");
    }

}
