package io.roster.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * terminations with 20 at a time, on PostgreSQL, as the application is configured. In the same run and the same
 * JVM, the baseline: the same process and engine with a platform that does nothing, timed to the moment the
 * deactivation delegate calls it.
 * <p>
 * Two loads, each for both: <em>20 in flight</em>, twenty HR clients each sending its next termination when the last
 * one's deactivation has arrived (at most 20 terminations under way: the target), and <em>a burst</em>, twenty HR
 * clients sending all 200 as fast as Roster answers the {@code POST}s (up to 200 under way at once: the stress case).
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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    /** The platform Roster uses: the real HTTP clients, or (baseline) one that answers at once and does nothing. */
    @TestConfiguration
    static class Switch {

        static volatile boolean doNothing;

        /** Deactivations the do-nothing platform was asked for, by user id. */
        static final Arrivals deactivationCalled = new Arrivals();

        @Bean
        @Primary
        MendixPlatform switchablePlatform(@Qualifier("httpMendixPlatform") MendixPlatform real) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                if (doNothing) {
                    return switch (method.getName()) {
                        case "findAccount" -> Optional.of(new MendixAccount((String) arguments[0],
                                userIdOf((String) arguments[0])));
                        case "deactivate" -> {
                            deactivationCalled.arrived((String) arguments[0], Instant.now());
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

    /**
     * One phase's figures: POST to deactivation, how long HR waited for each {@code 201}, and when each termination was
     * sent and deactivated, in ms from the first one sent (CSV, for a plot).
     */
    private record Phase(Latencies toDeactivation, Latencies answered, String timeline) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Test
    void terminationToDeactivation() throws Exception {
        // both paths warm before either is measured, and each phase starts with no job left from the one before
        measureEngineOnly("warmup-engine", WARM_UP, true);
        measureRoster("warmup-roster", WARM_UP, true);

        Phase engineInFlight = measureEngineOnly("engine-loop", TERMINATIONS, true);
        Phase rosterInFlight = measureRoster("roster-loop", TERMINATIONS, true);
        Phase engineBurst = measureEngineOnly("engine-burst", TERMINATIONS, false);
        Phase rosterBurst = measureRoster("roster-burst", TERMINATIONS, false);

        String report = String.join("\n", "20 in flight (each HR client sends its next termination once the last is deactivated):",
                report("engine alone (platform does nothing)", engineInFlight),
                report("Roster (HTTP clients, sandbox platform)", rosterInFlight), ratios(engineInFlight, rosterInFlight),
                "burst (200 sent by 20 HR clients as fast as Roster answers):",
                report("engine alone (platform does nothing)", engineBurst),
                report("Roster (HTTP clients, sandbox platform)", rosterBurst), ratios(engineBurst, rosterBurst));
        Path out = Path.of("target", "benchmarks", "termination-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "date=" + Instant.now() + " cores=" + Runtime.getRuntime().availableProcessors()
                + "\n" + report + "\n");
        System.out.println("\n=== TERMINATION LATENCY ===\n" + report);
        assertThat(rosterInFlight.toDeactivation().values()).hasSize(TERMINATIONS);
        assertThat(rosterBurst.toDeactivation().values()).hasSize(TERMINATIONS);
    }

    private static String report(String name, Phase phase) {
        return "  " + phase.toDeactivation().summary().replaceFirst("^[^:]*", name) + "\n    HR waited for the 201: "
                + phase.answered().summary().replaceFirst("^[^:]*: ", "");
    }

    private static String ratios(Phase engine, Phase roster) {
        return String.format(Locale.ROOT, "  ratio Roster / engine alone: median %.2f, p99 %.2f",
                ratio(roster.toDeactivation().median(), engine.toDeactivation().median()),
                ratio(roster.toDeactivation().percentile(99), engine.toDeactivation().percentile(99)));
    }

    private Phase measureEngineOnly(String prefix, int count, boolean inFlight) throws Exception {
        Switch.doNothing = true;
        List<String> emails = emails(prefix, count);
        Map<String, String> userIds = new LinkedHashMap<>();
        emails.forEach(email -> userIds.put(email, Switch.userIdOf(email)));
        Phase phase = send(userIds, Switch.deactivationCalled, inFlight);
        awaitNoWorkLeft();
        return phase;
    }

    private Phase measureRoster(String prefix, int count, boolean inFlight) throws Exception {
        Switch.doNothing = false;
        Map<String, String> userIds = signUp(prefix, count);
        Arrivals arrivals = new Arrivals();
        Thread watcher = watchDeactivations(arrivals, lastSequence());
        try {
            Phase phase = send(userIds, arrivals, inFlight);
            Path timeline = Path.of("target", "benchmarks",
                    "termination-timeline-" + (inFlight ? "in-flight" : "burst") + ".csv");
            Files.createDirectories(timeline.getParent());
            Files.writeString(timeline, phase.timeline());
            awaitNoWorkLeft();
            return phase;
        }
        finally {
            watcher.interrupt();
        }
    }

    /**
     * Sends the terminations from {@value #AT_A_TIME} HR clients, each with its own connection; in flight, a client
     * sends its next termination once the last one's deactivation has arrived. Waits for every deactivation.
     */
    private Phase send(Map<String, String> userIds, Arrivals arrivals, boolean inFlight) throws Exception {
        Queue<String> toSend = new ConcurrentLinkedQueue<>(userIds.keySet());
        Map<String, Instant> sent = new ConcurrentHashMap<>();
        List<Duration> answered = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(AT_A_TIME);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < AT_A_TIME; client++) {
            running.add(clients.submit(() -> {
                TestHttp helen = TestHttp.as(port, "helen", "demo");
                for (String email = toSend.poll(); email != null; email = toSend.poll()) {
                    Instant sentAt = Instant.now();
                    sent.put(email, sentAt);
                    HttpResponse<String> response = helen.postJson("/api/offboardings", """
                            {"email":"%s","lastWorkingMoment":"now","manager":"mark","reason":"TERMINATION"}"""
                        .formatted(email));
                    answered.add(Duration.between(sentAt, Instant.now()));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    if (inFlight) {
                        arrivals.of(userIds.get(email)).get(5, TimeUnit.MINUTES);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        Instant first = sent.values().stream().min(Instant::compareTo).orElseThrow();
        List<Duration> latencies = new ArrayList<>();
        StringBuilder timeline = new StringBuilder("sent_ms,deactivated_ms\n");
        for (Map.Entry<String, Instant> leaver : sent.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            Instant arrived = arrivals.of(userIds.get(leaver.getKey())).get(5, TimeUnit.MINUTES);
            latencies.add(Duration.between(leaver.getValue(), arrived));
            timeline.append(Duration.between(first, leaver.getValue()).toMillis())
                .append(',')
                .append(Duration.between(first, arrived).toMillis())
                .append('\n');
        }
        return new Phase(new Latencies("to deactivation", latencies), new Latencies("answered", answered),
                timeline.toString());
    }

    /**
     * Follows the sandbox's journal from one thread, every 20 ms, and records when each user's deactivation arrived
     * (the journal's time, so the polling does not add to the figure). It goes on from the last entry it read, not
     * from the page's {@code lastSequence}: an entry recorded while the page was made would be skipped.
     */
    private Thread watchDeactivations(Arrivals arrivals, long since) {
        TestHttp admin = sandboxAdmin();
        Thread watcher = new Thread(() -> {
            long seen = since;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (JsonNode entry : JSON.readTree(admin.get("/sandbox/admin/journal?since=" + seen).body())
                        .get("entries")) {
                        if (entry.path("operation").asText().equals("user-deactivation-api")) {
                            arrivals.arrived(entry.at("/users/0").asText(), Instant.parse(entry.path("time").asText()));
                        }
                        seen = Math.max(seen, entry.get("sequence").asLong());
                    }
                    Thread.sleep(20);
                }
                catch (InterruptedException stop) {
                    return;
                }
                catch (IllegalStateException failed) {
                    if (failed.getCause() instanceof InterruptedException) {
                        return;
                    }
                    throw failed;
                }
                catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        }, "deactivation-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /** Accounts in the sandbox for new leavers: e-mail to platform user id. */
    private Map<String, String> signUp(String prefix, int count) throws Exception {
        Map<String, String> userIds = new LinkedHashMap<>();
        for (String email : emails(prefix, count)) {
            JsonNode member = JSON.readTree(sandboxAdmin().postJson("/sandbox/admin/signups",
                    "{\"email\":\"" + email + "\",\"name\":\"" + email.substring(0, email.indexOf('@')) + "\"}")
                .body());
            userIds.put(email, member.get("userId").asText());
        }
        return userIds;
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

    private static double ratio(Duration measured, Duration baseline) {
        return (double) measured.toMillis() / Math.max(1, baseline.toMillis());
    }

    /** When each user's deactivation arrived, awaited by user id. */
    static final class Arrivals {

        private final Map<String, CompletableFuture<Instant>> byUser = new ConcurrentHashMap<>();

        CompletableFuture<Instant> of(String userId) {
            return byUser.computeIfAbsent(userId, user -> new CompletableFuture<>());
        }

        /** The first arrival counts: a repeated call changes nothing for the leaver. */
        void arrived(String userId, Instant at) {
            of(userId).complete(at);
        }

    }

}
