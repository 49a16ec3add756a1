package io.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 4's speed: from HR's {@code POST} of a termination to the deactivation call arriving at the platform, 200
 * terminations sent 20 at a time, on PostgreSQL, as the application is configured. In the same run and the same
 * JVM, the baseline: the same process and engine with a platform that does nothing, timed to the moment the
 * deactivation delegate calls it.
 * <p>
 * The platform's rate budget is raised for both: here the question is Roster's own overhead, not Mendix's limits.
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "camunda.bpm.job-execution.enabled=true", "roster.sandbox.state-dir=",
                "roster.mendix.apis.user-identifiers.requests-per-second=1000",
                "roster.mendix.apis.user-deactivation.requests-per-second=1000",
                "roster.mendix.apis.projects.requests-per-second=1000",
                "roster.mendix.apis.deploy.requests-per-second=1000" })
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class TerminationLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int TERMINATIONS = 200;

    private static final int AT_A_TIME = 20;

    private static final int WARM_UP = 40;

    private static final List<Duration> lastAnswerTimes = java.util.Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    /** The platform Roster uses: the real HTTP clients, or (baseline) one that answers at once and does nothing. */
    @TestConfiguration
    static class Switch {

        static volatile boolean doNothing;

        static final Map<String, Instant> deactivationCalled = new ConcurrentHashMap<>();

        @Bean
        @Primary
        MendixPlatform switchablePlatform(@Qualifier("httpMendixPlatform") MendixPlatform real) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                if (doNothing) {
                    return switch (method.getName()) {
                        case "findAccount" -> Optional.of(new MendixAccount((String) arguments[0],
                                userIdOf((String) arguments[0])));
                        case "deactivate" -> {
                            deactivationCalled.putIfAbsent((String) arguments[0], Instant.now());
                            yield null;
                        }
                        case "appsOf" -> List.of();
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                }
                try {
                    return method.invoke(real, arguments);
                }
                catch (InvocationTargetException failed) {
                    throw failed.getCause();
                }
            };
            return (MendixPlatform) Proxy.newProxyInstance(MendixPlatform.class.getClassLoader(),
                    new Class<?>[] { MendixPlatform.class }, handler);
        }

        static String userIdOf(String email) {
            return UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8)).toString();
        }

    }

    private Latencies engineAnswers;

    private Latencies rosterAnswers;

    @LocalServerPort
    int port;

    @Autowired
    MendixPlatform platform;

    @Autowired
    ManagementService management;

    @Test
    void terminationToDeactivation() throws Exception {
        // both paths warm before either is measured, and each phase starts with nothing left of the one before
        Switch.doNothing = true;
        terminate("warmup-engine", WARM_UP);
        awaitNoWorkLeft();
        Switch.doNothing = false;
        Map<String, String> warmUp = signUp("warmup-roster", WARM_UP);
        long journalSeen = lastSequence();
        sendTerminations(warmUp.keySet());
        awaitDeactivations(warmUp, journalSeen);
        awaitNoWorkLeft();

        Switch.doNothing = true;
        Latencies engine = measureEngineOnly();
        awaitNoWorkLeft();
        Switch.doNothing = false;
        Latencies roster = measureRoster();

        String report = engine.summary() + "\n" + roster.summary() + "\n" + engineAnswers.summary() + "\n"
                + rosterAnswers.summary() + "\n" + String.format(java.util.Locale.ROOT,
                "ratio roster/engine: median %.2f, p99 %.2f%n", ratio(roster.median(), engine.median()),
                ratio(roster.percentile(99), engine.percentile(99)));
        Path out = Path.of("target", "benchmarks", "termination-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "date=" + Instant.now() + " cores=" + Runtime.getRuntime().availableProcessors()
                + "\n" + report);
        System.out.println("\n=== TERMINATION LATENCY ===\n" + report);
        assertThat(roster.values()).hasSize(TERMINATIONS);
    }

    private Latencies measureEngineOnly() throws Exception {
        List<String> emails = emails("engine", TERMINATIONS);
        Map<String, Instant> sent = sendTerminations(emails);
        await().atMost(Duration.ofMinutes(5))
            .until(() -> emails.stream().allMatch(email -> Switch.deactivationCalled.containsKey(Switch.userIdOf(email))));
        List<Duration> latencies = new ArrayList<>();
        for (String email : emails) {
            latencies.add(Duration.between(sent.get(email), Switch.deactivationCalled.get(Switch.userIdOf(email))));
        }
        engineAnswers = answerTimes("engine alone: POST answered");
        return new Latencies("engine alone (platform does nothing)", latencies);
    }

    private Latencies measureRoster() throws Exception {
        Map<String, String> userIds = signUp("roster", TERMINATIONS);
        long journalSeen = lastSequence();
        Map<String, Instant> sent = sendTerminations(userIds.keySet());
        Map<String, Instant> arrived = awaitDeactivations(userIds, journalSeen);
        List<Duration> latencies = new ArrayList<>();
        userIds.forEach((email, userId) -> latencies.add(Duration.between(sent.get(email), arrived.get(userId))));
        rosterAnswers = answerTimes("Roster: POST answered");
        return new Latencies("Roster (HTTP clients, sandbox platform)", latencies);
    }

    /** Sends the terminations from {@value #AT_A_TIME} threads; answers when each request was sent. */
    private Map<String, Instant> sendTerminations(java.util.Collection<String> emails) throws Exception {
        Map<String, Instant> sent = new ConcurrentHashMap<>();
        lastAnswerTimes.clear();
        ExecutorService threads = Executors.newFixedThreadPool(AT_A_TIME);
        List<Future<?>> requests = new ArrayList<>();
        for (String email : emails) {
            requests.add(threads.submit(() -> {
                TestHttp helen = TestHttp.as(port, "helen", "demo");
                sent.put(email, Instant.now());
                HttpResponse<String> response = helen.postJson("/api/offboardings", """
                        {"email":"%s","lastWorkingMoment":"now","manager":"mark","reason":"TERMINATION"}"""
                    .formatted(email));
                lastAnswerTimes.add(Duration.between(sent.get(email), Instant.now()));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }));
        }
        for (Future<?> request : requests) {
            request.get();
        }
        threads.shutdown();
        return sent;
    }

    private void terminate(String prefix, int count) throws Exception {
        List<String> emails = emails(prefix, count);
        sendTerminations(emails);
        await().atMost(Duration.ofMinutes(5))
            .until(() -> emails.stream().allMatch(email -> Switch.deactivationCalled.containsKey(Switch.userIdOf(email))));
    }

    /** Accounts in the sandbox for new leavers: e-mail to platform user id. */
    private Map<String, String> signUp(String prefix, int count) throws Exception {
        Map<String, String> userIds = new java.util.LinkedHashMap<>();
        for (String email : emails(prefix, count)) {
            JsonNode member = JSON.readTree(sandboxAdmin().postJson("/sandbox/admin/signups",
                    "{\"email\":\"" + email + "\",\"name\":\"" + email.substring(0, email.indexOf('@')) + "\"}")
                .body());
            userIds.put(email, member.get("userId").asText());
        }
        return userIds;
    }

    /** When the sandbox received each user's deactivation, from its journal. */
    private Map<String, Instant> awaitDeactivations(Map<String, String> userIds, long since) {
        Map<String, Instant> arrived = new ConcurrentHashMap<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode entry : JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=" + since).body())
                .get("entries")) {
                if (entry.path("operation").asText().equals("user-deactivation-api")) {
                    arrived.putIfAbsent(entry.at("/users/0").asText(), Instant.parse(entry.path("time").asText()));
                }
            }
            return arrived.keySet().containsAll(userIds.values());
        });
        return arrived;
    }

    /**
     * Waits until the job executor has nothing left to do (inventories run after deactivation), so that one phase's
     * leftovers neither load the next one nor reach a platform that switched meanwhile.
     */
    private void awaitNoWorkLeft() {
        await().atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> management.createJobQuery().executable().count() == 0);
    }

    private long lastSequence() throws Exception {
        return JSON.readTree(sandboxAdmin().get("/sandbox/admin/journal?since=0").body()).get("lastSequence").asLong();
    }

    private TestHttp sandboxAdmin() {
        return TestHttp.as(port, "sandbox-admin", "demo");
    }

    private static List<String> emails(String prefix, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("bench-" + prefix + "-" + i + "@brightwater.example");
        }
        return emails;
    }

    /** How long HR waited for each {@code 201}, from the last burst sent. */
    private static Latencies answerTimes(String name) {
        return new Latencies(name, List.copyOf(lastAnswerTimes));
    }

    private static double ratio(Duration measured, Duration baseline) {
        return (double) measured.toMillis() / Math.max(1, baseline.toMillis());
    }

}
