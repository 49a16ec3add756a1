package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;

/**
 * Two Roster JVMs on one PostgreSQL database, HR's requests and the people's decisions spread over both, their job
 * executors sharing the work. Every case ends, no incident, the journal shows each leaver deactivated, each planned app
 * deleted exactly once after its backup completed and each hand-over done, and the engine's job log shows that both
 * nodes executed jobs.
 * <p>
 * Size: {@code -Dreliability.cluster.cases} (CI default 30; {@code ./mvnw -Preliability verify} runs 500).
 */
@ExtendWith(PostgresTestDatabase.class)
class TwoNodesTests {

    @Test
    void twoNodesShareTheJobsAndDoNothingTwice() throws Exception {
        int cases = OffboardingLoad.size("reliability.cluster.cases", 30);
        try (SandboxNode sandbox = SandboxNode.start()) {
            OffboardingLoad load = new OffboardingLoad(sandbox);
            load.signUpWithApps("cluster", cases, 4);
            Map<String, String> budget = Map.of("roster.mendix.apis.user-identifiers.requests-per-second", "25",
                    "roster.mendix.apis.user-deactivation.requests-per-second", "25",
                    "roster.mendix.apis.projects.requests-per-second", "25");
            RosterNode a = RosterNode.of("node-a", sandbox, withHostname(budget, "node-a")).start();
            RosterNode b = RosterNode.of("node-b", sandbox, withHostname(budget, "node-b")).start();
            People people = People.offboarding(alternating(a, b, "mark"), alternating(a, b, "paula")).start();
            try {
                load.terminate(alternating(a, b, "helen"), 6);
                load.awaitAllCompleted(Duration.ofSeconds(120 + cases));
            }
            finally {
                people.close();
                a.stop();
                b.stop();
            }
            assertThat(people.failures()).as("what people could not do").isEmpty();
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            Map<String, Integer> repeated = load.assertJournal();
            Map<String, Integer> jobsPerNode = new HashMap<>();
            OffboardingLoad.query("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 "
                    + "GROUP BY hostname_", rows -> jobsPerNode.put(rows.getString(1), rows.getInt(2)));
            System.out.printf("cluster: %d cases (%s), jobs done per node %s, %s, repeated calls %s%n", cases,
                    load.appsSummary(), jobsPerNode, people.summary(), repeated);
            assertThat(jobsPerNode).as("successful jobs per node").containsKeys("node-a", "node-b");
            assertThat(jobsPerNode.values()).allMatch(count -> count > 0);
        }
    }

    /** The user's requests go to one node, then the other. */
    private static Supplier<TestHttp> alternating(RosterNode a, RosterNode b, String user) {
        AtomicInteger next = new AtomicInteger();
        return () -> (next.getAndIncrement() % 2 == 0 ? a : b).as(user);
    }

    private static Map<String, String> withHostname(Map<String, String> settings, String hostname) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("camunda.bpm.generic-properties.properties.hostname", hostname);
        return all;
    }

}
