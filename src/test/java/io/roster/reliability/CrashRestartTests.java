package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.roster.PostgresTestDatabase;

/**
 * Roster killed with SIGKILL three times while terminations are in flight, restarted each time on the same
 * PostgreSQL database, the sandbox platform running on in its own process; the manager and a platform admin decide
 * over HTTP meanwhile, the last kill comes after the first deletions were approved. Afterwards every case has ended, no
 * incident is open, and the platform's journal shows each leaver deactivated, each planned app deleted exactly once
 * and only after its backup completed, no other app deleted, each hand-over done.
 * <p>
 * Size: {@code -Dreliability.crash.cases} (CI default 20; {@code ./mvnw -Preliability verify} runs 200).
 */
@ExtendWith(PostgresTestDatabase.class)
class CrashRestartTests {

    @Test
    void killedThreeTimesRosterLosesNoCaseAndDoesNothingTwice() throws Exception {
        int cases = OffboardingLoad.size("reliability.crash.cases", 20);
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        try (SandboxNode sandbox = SandboxNode.start()) {
            OffboardingLoad load = new OffboardingLoad(sandbox);
            load.signUpWithApps("crash", cases, 4);
            RosterNode roster = RosterNode.of("crash-node", sandbox,
                    Map.of("roster.mendix.apis.user-identifiers.requests-per-second", "50",
                            "roster.mendix.apis.user-deactivation.requests-per-second", "50",
                            "roster.mendix.apis.projects.requests-per-second", "50"))
                .start();
            People people = People.offboarding(() -> roster.as("mark"), () -> roster.as("paula")).start();
            try {
                Thread starter = new Thread(() -> {
                    try {
                        load.terminate(() -> roster.as("helen"), 4);
                    }
                    catch (Exception exception) {
                        throw new IllegalStateException(exception);
                    }
                });
                starter.start();
                for (int kill = 1; kill <= 3; kill++) {
                    if (kill == 3) {
                        // the last kill falls among the decisions, backups, deletions and hand-overs
                        people.awaitFirstApproval(Duration.ofMinutes(2));
                    }
                    long after = kill == 3 ? random.nextInt(2500) : 500 + random.nextInt(kill == 1 ? 3000 : 6000);
                    JavaProcess.sleep(after);
                    System.out.printf("kill %d after %d ms; cases so far %s; %s%n", kill, after,
                            OffboardingLoad.statuses(), people.summary());
                    roster.kill();
                    roster.start();
                }
                starter.join(Duration.ofMinutes(5).toMillis());
                load.awaitAllCompleted(Duration.ofSeconds(120 + cases));
            }
            finally {
                people.close();
                roster.stop();
            }
            assertThat(people.failures()).as("what people could not do").isEmpty();
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            Map<String, Integer> repeated = load.assertJournal();
            System.out.printf("crash: %d cases (%s), seed %d, %s, repeated calls %s%n", cases, load.appsSummary(),
                    seed, people.summary(), repeated);
        }
    }

}
