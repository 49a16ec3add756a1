package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.roster.PostgresTestDatabase;

/**
 * The User Deactivation API is down for a while: the deactivations become incidents with a message a platform admin
 * can read; after the outage one admin REST call gives all failed jobs a retry, and every case ends with each leaver
 * deactivated once and nothing else done twice.
 * <p>
 * Size: {@code -Dreliability.outage.cases} (CI default 10) and {@code -Dreliability.outage.seconds} (CI default 20;
 * {@code ./mvnw -Preliability verify}: 600, the ten minutes).
 */
@ExtendWith(PostgresTestDatabase.class)
class PlatformOutageTests {

    @Test
    void anOutageMakesReadableIncidentsAndOneRetryCallFinishesEveryCase() throws Exception {
        int cases = OffboardingLoad.size("reliability.outage.cases", 10);
        int outageSeconds = OffboardingLoad.size("reliability.outage.seconds", 20);
        try (SandboxNode sandbox = SandboxNode.start()) {
            OffboardingLoad load = new OffboardingLoad(sandbox);
            load.signUp("outage", cases);
            RosterNode roster = RosterNode.of("outage-node", sandbox,
                    Map.of("roster.offboarding.retry-cycle", "R2/PT2S"))
                .start();
            try {
                Instant outageEnds = Instant.now().plusSeconds(outageSeconds);
                sandbox.faults("user-deactivation", "{\"outage\":\"PT" + outageSeconds + "S\"}");
                load.terminate(() -> roster.as("helen"), 4);

                List<String> incidents = awaitIncidents(cases, Duration.ofSeconds(outageSeconds + 60L));
                System.out.println("outage incidents, e.g.: " + incidents.get(0));
                assertThat(incidents).as("one incident per leaver, on the deactivation, with a readable message")
                    .hasSize(cases)
                    .allMatch(incident -> incident.startsWith("Task_DeactivateAccount: "))
                    .allMatch(incident -> !incident.contains("Exception") && !incident.contains("\tat ")
                            && incident.length() < 600);

                JavaProcess.sleep(Math.max(0, Duration.between(Instant.now(), outageEnds).toMillis() + 1000));
                HttpResponse<String> retried = roster.as("ada").postJson("/engine-rest/job/retries",
                        "{\"retries\":1,\"jobQuery\":{\"noRetriesLeft\":true}}");
                assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
                load.awaitAllCompleted(Duration.ofSeconds(120 + cases));
            }
            finally {
                roster.stop();
            }
            assertThat(OffboardingLoad.incidents()).as("incidents after the retry").isEmpty();
            Map<String, Integer> repeated = load.assertJournal();
            System.out.printf("outage: %d cases, %d s, repeated calls %s%n", cases, outageSeconds, repeated);
        }
    }

    private static List<String> awaitIncidents(int count, Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        List<String> incidents = OffboardingLoad.incidents();
        while (incidents.size() < count && Instant.now().isBefore(deadline)) {
            JavaProcess.sleep(1000);
            incidents = OffboardingLoad.incidents();
        }
        return incidents;
    }

}
