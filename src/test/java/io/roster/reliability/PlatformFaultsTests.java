package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.roster.PostgresTestDatabase;

/**
 * A platform that fails a fifth of the calls with 503, holds one in twenty past Roster's read timeout (the call takes
 * effect, Roster never hears so) and answers bursts with 429 and {@code Retry-After}: every termination still ends,
 * without an incident, and nothing is done twice.
 * <p>
 * Size: {@code -Dreliability.faults.cases} (CI default 20; {@code ./mvnw -Preliability verify} runs 500).
 */
@ExtendWith(PostgresTestDatabase.class)
class PlatformFaultsTests {

    static final String FAULTS = """
            {"errorRate":0.2,"errorStatus":503,"stallRate":0.05,"stall":"PT10S","rateLimit":%s,"seed":%d}""";

    @Test
    void withErrorsStallsAndRateLimitsEveryCaseEndsWithoutIncident() throws Exception {
        int cases = OffboardingLoad.size("reliability.faults.cases", 20);
        try (SandboxNode sandbox = SandboxNode.start()) {
            OffboardingLoad load = new OffboardingLoad(sandbox);
            load.signUp("faults", cases);
            int seed = 7;
            for (String api : List.of("user-identifiers", "user-deactivation", "projects", "deploy")) {
                // Roster's budget (below) is higher than what the platform takes: 429 bursts
                sandbox.faults(api, FAULTS.formatted(4, seed++));
            }
            RosterNode roster = RosterNode.of("faults-node", sandbox,
                    Map.of("roster.offboarding.retry-cycle", "R20/PT2S",
                            "roster.mendix.apis.user-identifiers.requests-per-second", "8",
                            "roster.mendix.apis.user-deactivation.requests-per-second", "8",
                            "roster.mendix.apis.projects.requests-per-second", "8"))
                .start();
            try {
                load.terminate(() -> roster.as("helen"), 4);
                load.awaitAllCompleted(Duration.ofSeconds(180 + 2L * cases));
            }
            finally {
                roster.stop();
            }
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            Map<String, Long> faults = new java.util.TreeMap<>();
            sandbox.journal().forEach(entry -> {
                if (entry.hasNonNull("fault")) {
                    faults.merge(entry.get("fault").asText(), 1L, Long::sum);
                }
            });
            int repeated = load.assertJournal();
            System.out.printf("faults: %d cases, injected %s, repeated deactivation calls %d%n", cases, faults,
                    repeated);
            assertThat(faults).as("faults the platform injected").containsKeys("error", "rate-limit");
        }
    }

}
