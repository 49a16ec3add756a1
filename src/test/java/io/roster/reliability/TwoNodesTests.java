package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.roster.PostgresTestDatabase;

/**
 * Two Roster JVMs on one PostgreSQL database, HR's requests spread over both, their job executors sharing the work.
 * Every case ends, no incident, the journal shows each leaver deactivated and nothing deleted twice, and the engine's
 * job log shows that both nodes executed jobs.
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
            load.signUp("cluster", cases);
            Map<String, String> budget = Map.of("roster.mendix.apis.user-identifiers.requests-per-second", "25",
                    "roster.mendix.apis.user-deactivation.requests-per-second", "25",
                    "roster.mendix.apis.projects.requests-per-second", "25");
            RosterNode a = RosterNode.of("node-a", sandbox, withHostname(budget, "node-a")).start();
            RosterNode b = RosterNode.of("node-b", sandbox, withHostname(budget, "node-b")).start();
            try {
                AtomicInteger next = new AtomicInteger();
                load.terminate(() -> (next.getAndIncrement() % 2 == 0 ? a : b).as("helen"), 6);
                load.awaitAllCompleted(Duration.ofSeconds(120 + cases));
            }
            finally {
                a.stop();
                b.stop();
            }
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            int repeated = load.assertJournal();
            Map<String, Integer> jobsPerNode = new HashMap<>();
            OffboardingLoad.query("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 "
                    + "GROUP BY hostname_", rows -> jobsPerNode.put(rows.getString(1), rows.getInt(2)));
            System.out.printf("cluster: %d cases, jobs done per node %s, repeated deactivation calls %d%n", cases,
                    jobsPerNode, repeated);
            assertThat(jobsPerNode).as("successful jobs per node").containsKeys("node-a", "node-b");
            assertThat(jobsPerNode.values()).allMatch(count -> count > 0);
        }
    }

    private static Map<String, String> withHostname(Map<String, String> settings, String hostname) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("camunda.bpm.generic-properties.properties.hostname", hostname);
        return all;
    }

}
