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
 * without an incident, and nothing is done twice: each planned app deleted exactly once after its backup completed,
 * each hand-over done.
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
            // one leaver in four with apps, not one in two as in the other loads: each app adds platform calls that
            // queue behind the 4 requests/s this platform allows; 500 leavers half with apps took over 20 minutes
            load.signUpWithApps("faults", cases, 8);
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
            People people = People.offboarding(() -> roster.as("mark"), () -> roster.as("paula")).start();
            try {
                load.terminate(() -> roster.as("helen"), 4);
                load.awaitAllCompleted(Duration.ofSeconds(180 + 2L * cases));
            }
            finally {
                people.close();
                roster.stop();
            }
            assertThat(people.failures()).as("what people could not do").isEmpty();
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            Map<String, Long> faults = new java.util.TreeMap<>();
            sandbox.journal().forEach(entry -> {
                if (entry.hasNonNull("fault")) {
                    faults.merge(entry.get("fault").asText(), 1L, Long::sum);
                }
            });
            Map<String, Integer> repeated = load.assertJournal();
            System.out.printf("faults: %d cases (%s), injected %s, %s, repeated calls %s%n", cases,
                    load.appsSummary(), faults, people.summary(), repeated);
            assertThat(faults).as("faults the platform injected").containsKeys("error", "rate-limit");
        }
    }

}
