package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.PostgresTestDatabase;
import io.roster.audit.BrightwaterExport;
import io.roster.audit.ExportUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An access review under SIGKILL: Roster killed while it crawls the company's apps, right after a platform admin
 * confirmed the orphans, and while the offboardings they started deny access; restarted each time on the same
 * PostgreSQL database, the sandbox platform running on in its own process. Afterwards the review has completed, each
 * confirmed orphan has exactly one offboarding and their account was deactivated, nobody else's was, and no incident
 * is open.
 * <p>
 * The Brightwater fixture has two orphans: Xander (disabled in the directory) and Umar (not in it).
 */
@ExtendWith(PostgresTestDatabase.class)
class AccessReviewCrashTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> ORPHANS = List.of("xander.vos@brightwater.example",
            "umar.farooq@brightwater.example");

    @Test
    void killedThreeTimesTheReviewStartsEachConfirmedOffboardingOnce() throws Exception {
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        try (SandboxNode sandbox = SandboxNode.start()) {
            RosterNode roster = RosterNode.of("review-crash-node", sandbox,
                    Map.of("roster.mendix.apis.projects.requests-per-second", "50",
                            "roster.mendix.apis.deploy.requests-per-second", "50"))
                .start();
            try {
                assertThat(ExportUpload.upload(roster.port(), "paula", BrightwaterExport.xlsx(), "members.xlsx")
                    .statusCode()).isEqualTo(201);
                HttpResponse<String> started = roster.as("paula").postJson("/api/access-reviews", "");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(201);

                kill(roster, "while the apps are crawled", 100 + random.nextInt(1500));
                String task = awaitConfirmationTask(roster);
                confirm(roster, task);
                kill(roster, "right after the confirmation", random.nextInt(300));
                await("offboardings started", () -> offboardings().size() == ORPHANS.size());
                kill(roster, "while the offboardings deny access", random.nextInt(1000));
                await("review completed and access denied", () -> reviewStatuses().equals(Map.of("COMPLETED", 1))
                        && deactivations(sandbox).keySet().containsAll(userIds().values()));
            }
            finally {
                roster.stop();
            }
            assertThat(OffboardingLoad.incidents()).as("incidents").isEmpty();
            assertThat(offboardings()).as("offboardings per e-mail")
                .isEqualTo(Map.of(ORPHANS.get(0), 1, ORPHANS.get(1), 1));
            Map<String, Integer> deactivated = deactivations(sandbox);
            assertThat(deactivated.keySet()).as("accounts deactivated: the orphans' and nobody else's")
                .containsExactlyInAnyOrderElementsOf(userIds().values());
            System.out.printf("review crash: seed %d, deactivation calls per orphan %s%n", seed, deactivated);
        }
    }

    private static void kill(RosterNode roster, String moment, long afterMillis) throws Exception {
        JavaProcess.sleep(afterMillis);
        System.out.printf("kill %s (%d ms); reviews %s, offboardings %s%n", moment, afterMillis, reviewStatuses(),
                offboardings());
        roster.kill();
        roster.start();
    }

    private static String awaitConfirmationTask(RosterNode roster) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode tasks = JSON
                .readTree(roster.as("paula").get("/engine-rest/task?taskDefinitionKey=Task_ConfirmOrphans").body());
            if (!tasks.isEmpty()) {
                assertThat(tasks).as("confirmation tasks").hasSize(1);
                return tasks.get(0).get("id").asText();
            }
            JavaProcess.sleep(500);
        }
        throw new AssertionError("no confirmation task after 3 minutes; reviews " + reviewStatuses());
    }

    /** Paula confirms both orphans as the form does; sent again while the node answers nothing. */
    private static void confirm(RosterNode roster, String task) throws Exception {
        String body = JSON.writeValueAsString(Map.of("variables",
                Map.of("confirmedOrphans", Map.of("value", JSON.writeValueAsString(ORPHANS), "type", "Json"),
                        "overrideBrake", Map.of("value", false, "type", "Boolean"))));
        HttpResponse<String> answer = roster.as("paula").postJson("/engine-rest/task/" + task + "/submit-form", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }

    private static void await(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not after 3 minutes; reviews " + reviewStatuses()
                        + ", offboardings " + offboardings() + ", incidents " + OffboardingLoad.incidents());
            }
            JavaProcess.sleep(1000);
        }
    }

    interface Check {

        boolean holds() throws Exception;

    }

    private static Map<String, Integer> reviewStatuses() throws Exception {
        Map<String, Integer> statuses = new TreeMap<>();
        OffboardingLoad.query("SELECT status, COUNT(*) FROM access_review GROUP BY status",
                rows -> statuses.put(rows.getString(1), rows.getInt(2)));
        return statuses;
    }

    /** Offboarding cases per e-mail. */
    private static Map<String, Integer> offboardings() throws Exception {
        Map<String, Integer> cases = new TreeMap<>();
        OffboardingLoad.query("SELECT leaver_email, COUNT(*) FROM offboarding_case GROUP BY leaver_email",
                rows -> cases.put(rows.getString(1), rows.getInt(2)));
        return cases;
    }

    /** Successful deactivation calls per user id, from the platform's journal. */
    private static Map<String, Integer> deactivations(SandboxNode sandbox) throws Exception {
        Map<String, Integer> calls = new HashMap<>();
        for (JsonNode entry : sandbox.journal()) {
            if (entry.path("operation").asText().equals("user-deactivation-api")
                    && entry.path("outcome").asText().equals("success")) {
                calls.merge(entry.at("/users/0").asText(), 1, Integer::sum);
            }
        }
        return calls;
    }

    /** The orphans' platform user ids, from the sandbox's fixture. */
    private static Map<String, String> userIds() throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (InputStream fixture = AccessReviewCrashTests.class.getResourceAsStream("/sandbox/brightwater.json")) {
            for (JsonNode member : JSON.readTree(fixture).path("members")) {
                if (ORPHANS.contains(member.path("email").asText())) {
                    ids.put(member.path("email").asText(), member.path("userId").asText());
                }
            }
        }
        assertThat(ids).as("the orphans in the fixture").hasSize(ORPHANS.size());
        return ids;
    }

}
