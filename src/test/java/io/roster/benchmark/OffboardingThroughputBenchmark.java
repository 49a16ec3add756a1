package io.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7's load: terminations started through HR's REST API in bursts of {@value #BURST}, the sandbox platform
 * answering each API with at most {@value #PLATFORM_LIMIT} requests a second (429 with {@code Retry-After} above
 * that), Roster's rate budget set to the same {@value #PLATFORM_LIMIT}. Reported: cases per minute until every case
 * has ended, the busiest second per API and the 429s the platform gave.
 * <p>
 * The floor, in the same run, engine and database: the same BPMN deployed under another key with every delegate
 * replaced by one that does nothing except set the variable its gateway needs, started as many times. Size:
 * {@code -Dbenchmark.offboardings} (default {@value #DEFAULT_SIZE}). With {@code -Dbenchmark.platform-limit=1000} the
 * platform is no longer the bottleneck: that run compares Roster's own overhead with the floor.
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "roster.sandbox.state-dir=",
                "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000",
                "logging.level.root=WARN" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class OffboardingThroughputBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final int DEFAULT_SIZE = 1000;

    static final int BURST = 100;

    static final int PLATFORM_LIMIT = 20;

    private static final String FLOOR_KEY = "offboardingFloor";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        for (String api : List.of("user-identifiers", "user-deactivation", "projects", "deploy")) {
            registry.add("roster.mendix.apis." + api + ".requests-per-second", () -> limit());
        }
    }

    /** The platform's limit and Roster's budget, requests a second per API: {@code -Dbenchmark.platform-limit}. */
    static int limit() {
        return Integer.getInteger("benchmark.platform-limit", PLATFORM_LIMIT);
    }

    /** The floor's delegates: nothing but the variables the gateways read. */
    @TestConfiguration
    static class Floor {

        @Bean
        JavaDelegate benchmarkNoOp() {
            return execution -> {
                if (execution.getCurrentActivityId().equals("Task_DeactivateAccount")) {
                    execution.setVariable("accessDenied", true);
                }
            };
        }

    }

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void terminationsPerMinuteBesideTheEngineAloneFloor() throws Exception {
        int size = Integer.getInteger("benchmark.offboardings", DEFAULT_SIZE);
        deployFloor();
        TestHttp sandboxAdmin = TestHttp.as(port, "sandbox-admin", "demo");
        for (String api : List.of("user-identifiers", "user-deactivation", "projects", "deploy")) {
            assertThat(sandboxAdmin.send("PUT", "/sandbox/admin/faults/" + api, "application/json",
                    "{\"rateLimit\":" + limit() + "}", Map.of()).statusCode()).isEqualTo(200);
        }
        // warm-up: both paths once, small
        runFloor(20);
        runRoster("warm", 20, sandboxAdmin);

        Duration floor = runFloor(size);
        long journalStart = lastSequence(sandboxAdmin);
        Duration roster = runRoster("load", size, sandboxAdmin);
        Calls calls = calls(sandboxAdmin, journalStart);

        double rosterPerMinute = size * 60_000.0 / roster.toMillis();
        double floorPerMinute = size * 60_000.0 / floor.toMillis();
        String report = """
                Offboarding throughput (%s, %d cores, %s)
                terminations: %d, bursts of %d, platform limit %d req/s per API, Roster budget %d req/s per API
                engine-alone floor:  %s  -> %.0f cases/min
                Roster:              %s  -> %.0f cases/min
                ratio Roster/floor:  %.2f
                platform calls per API: %s
                busiest second per API: %s
                429 answers: %d
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty(
                "os.name") + " " + System.getProperty("os.arch"), size, BURST, limit(), limit(), floor,
                floorPerMinute, roster, rosterPerMinute, rosterPerMinute / floorPerMinute, calls.perApi(),
                calls.busiestSecond(), calls.rateLimited());
        System.out.println(report);
        Path out = Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(out.resolve("offboarding-throughput-" + limit() + ".txt"), report);

        assertThat(calls.busiestSecond().values()).as("calls in the busiest second, per API")
            .allMatch(count -> count <= limit() + 2);
        assertThat(calls.rateLimited()).as("429 answers (no storm)").isLessThan(size / 20 + 5);
    }

    private void deployFloor() throws IOException {
        String bpmn;
        try (InputStream in = getClass().getResourceAsStream("/processes/offboarding.bpmn")) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String floor = bpmn.replace("<bpmn:process id=\"offboarding\"", "<bpmn:process id=\"" + FLOOR_KEY + "\"")
            .replace("bpmnElement=\"offboarding\"", "bpmnElement=\"" + FLOOR_KEY + "\"")
            // delegates and listeners alike
            .replaceAll("delegateExpression=\"\\$\\{[A-Za-z]+\\}\"", "delegateExpression=\"\\${benchmarkNoOp}\"");
        assertThat(floor).contains("id=\"" + FLOOR_KEY + "\"")
            .doesNotContain("deactivateAccountDelegate")
            .doesNotContain("offboardingEndListener");
        repository.createDeployment().addString("offboarding-floor.bpmn", floor).name("benchmark floor").deploy();
    }

    /** Starts {@code count} floor instances in bursts, waits until all have ended; answers the time taken. */
    private Duration runFloor(int count) throws Exception {
        long endedBefore = history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(FLOOR_KEY)
            .finished()
            .count();
        Instant start = Instant.now();
        inBursts(count, i -> runtime.startProcessInstanceByKey(FLOOR_KEY, "floor-" + i,
                Variables.createVariables()
                    .putValue("offboardingId", "floor-" + i)
                    .putValue("leaverEmail", "floor-" + i + "@brightwater.example")
                    .putValue("accessEndsAt", new Date())
                    .putValue("termination", true)
                    .putValue("accessDenied", false)
                    .putValue("accountFound", true)
                    .putValue("appsToDecide", 0)
                    .putValue("reviewerCandidates", List.of("mark"))
                    .putValue("reviewerGroups", List.of())));
        awaitUntil(() -> history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(FLOOR_KEY)
            .finished()
            .count() >= endedBefore + count, "floor instances ended");
        return Duration.between(start, Instant.now());
    }

    /** Signs up {@code count} leavers, terminates them over REST in bursts, waits until every case completed. */
    private Duration runRoster(String prefix, int count, TestHttp sandboxAdmin) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "through-" + prefix + "-" + i + "@brightwater.example";
            sandboxAdmin.postJson("/sandbox/admin/signups",
                    "{\"email\":\"" + email + "\",\"name\":\"" + prefix + " " + i + "\"}");
            emails.add(email);
        }
        Integer completedBefore = completed();
        TestHttp helen = TestHttp.as(port, "helen", "demo");
        Instant start = Instant.now();
        inBursts(count, i -> {
            HttpResponse<String> response = helen.postJson("/api/offboardings", """
                    {"email":"%s","lastWorkingMoment":"now","manager":"mark","reason":"TERMINATION"}"""
                .formatted(emails.get(i)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        });
        awaitUntil(() -> completed() >= completedBefore + count, "Roster cases completed");
        return Duration.between(start, Instant.now());
    }

    private Integer completed() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM offboarding_case WHERE status = 'COMPLETED'",
                Integer.class);
    }

    interface Start {

        void start(int index) throws Exception;

    }

    /** {@value #BURST} at a time from 8 threads; the next burst once the previous one was accepted. */
    private static void inBursts(int count, Start start) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int from = 0; from < count; from += BURST) {
                List<Future<?>> burst = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + BURST); i++) {
                    int index = i;
                    burst.add(threads.submit(() -> {
                        start.start(index);
                        return null;
                    }));
                }
                for (Future<?> started : burst) {
                    started.get();
                }
            }
        }
        finally {
            threads.shutdown();
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within 30 minutes");
            }
            Thread.sleep(200);
        }
    }

    private static long lastSequence(TestHttp sandboxAdmin) throws IOException {
        return JSON.readTree(sandboxAdmin.get("/sandbox/admin/journal?since=0").body()).get("lastSequence").asLong();
    }

    record Calls(Map<String, Integer> perApi, Map<String, Integer> busiestSecond, int rateLimited) {
    }

    /** From the platform's journal: calls per API, the most in any one second per API, and the 429s. */
    private static Calls calls(TestHttp sandboxAdmin, long since) throws IOException {
        Map<String, Integer> perApi = new TreeMap<>();
        Map<String, Integer> perSecond = new HashMap<>();
        int rateLimited = 0;
        for (JsonNode entry : JSON.readTree(sandboxAdmin.get("/sandbox/admin/journal?since=" + since).body())
            .get("entries")) {
            String api = entry.path("api").asText();
            if (entry.path("outcome").asText().equals("rate-limited")) {
                rateLimited++;
                continue;
            }
            perApi.merge(api, 1, Integer::sum);
            long second = Instant.parse(entry.path("time").asText()).getEpochSecond();
            perSecond.merge(api + "@" + second, 1, Integer::sum);
        }
        Map<String, Integer> busiest = new TreeMap<>();
        perSecond.forEach((key, count) -> busiest.merge(key.substring(0, key.indexOf('@')), count, Math::max));
        return new Calls(perApi, busiest, rateLimited);
    }

}
