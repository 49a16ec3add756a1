package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.roster.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboardings under SIGKILL: Roster killed three times while new hires are requested, sign up and get their teams
 * and permissions, and while their manager and HR complete the internal steps; restarted each time on the same
 * PostgreSQL database, the sandbox platform running on in its own process. Afterwards every onboarding has completed
 * with every plan line done, no incident is open, and the platform's journal shows each new hire added to each of
 * their teams exactly once and given permissions only once in the team.
 * <p>
 * Size: {@code -Dreliability.crash.joiners} (CI default 8; {@code ./mvnw -Preliability verify} runs 60).
 */
@ExtendWith(PostgresTestDatabase.class)
class OnboardingCrashTests {

    @Test
    void killedThreeTimesRosterLosesNoNewHireAndGrantsNothingTwice() throws Exception {
        int joiners = OffboardingLoad.size("reliability.crash.joiners", 8);
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        try (SandboxNode sandbox = SandboxNode.start()) {
            JoinerLoad load = new JoinerLoad(sandbox, "crash", joiners);
            load.signUpEarly(joiners / 2);
            RosterNode roster = RosterNode.of("onboarding-crash-node", sandbox,
                    Map.of("roster.onboarding.poll-interval", "PT2S", "roster.onboarding.retry-cycle", "R20/PT2S",
                            "roster.mendix.apis.projects.requests-per-second", "50",
                            "roster.mendix.apis.deploy.requests-per-second", "50"))
                .start();
            People people = People.onboarding(() -> roster.as("mark"), () -> roster.as("helen")).start();
            ExecutorService background = Executors.newFixedThreadPool(2);
            try {
                Future<?> hr = background.submit(() -> {
                    load.start(() -> roster.as("helen"), 4);
                    return null;
                });
                Future<?> signUps = background.submit(() -> {
                    load.signUpTheRest(Duration.ofMillis(300));
                    return null;
                });
                // kills at three moments that matter: while HR's requests arrive, while teams are being granted,
                // while people complete their steps (each a little later at random, or anyway after a minute)
                List<Moment> moments = List.of(() -> true,
                        () -> JoinerLoad.planStatuses().keySet().stream().anyMatch(line -> line.startsWith("TEAM")),
                        () -> JoinerLoad.planStatuses().containsKey("STEP DONE"));
                for (int kill = 1; kill <= moments.size(); kill++) {
                    awaitMoment(moments.get(kill - 1));
                    long after = 200 + random.nextInt(kill == 1 ? 3000 : 1500);
                    JavaProcess.sleep(after);
                    System.out.printf("kill %d (%d ms after its moment); onboardings so far %s, plan lines %s%n",
                            kill, after, JoinerLoad.statuses(), JoinerLoad.planStatuses());
                    roster.kill();
                    roster.start();
                }
                hr.get(5, TimeUnit.MINUTES);
                signUps.get(5, TimeUnit.MINUTES);
                load.awaitAllCompleted(Duration.ofSeconds(120 + 2L * joiners));
            }
            finally {
                people.close();
                background.shutdownNow();
                roster.stop();
            }
            assertThat(people.failures()).as("what people could not do").isEmpty();
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            assertThat(JoinerLoad.planStatuses()).as("plan lines of all onboardings")
                .isEqualTo(load.expectedPlanStatuses());
            int repeats = load.assertJournal();
            System.out.printf("onboarding crash: %d new hires, seed %d, %s, repeated team additions %d%n", joiners,
                    seed, people.summary(), repeats);
        }
    }

    interface Moment {

        boolean reached() throws Exception;

    }

    private static void awaitMoment(Moment moment) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!moment.reached() && Instant.now().isBefore(deadline)) {
            JavaProcess.sleep(200);
        }
    }

}
