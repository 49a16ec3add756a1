package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;

/**
 * Leavers for the reliability checks: members signed up in the sandbox, terminated through Roster's REST API, and the
 * checks of what the database and the platform's journal show afterwards.
 */
final class OffboardingLoad {

    private final SandboxNode sandbox;

    private final Map<String, String> userIds = new LinkedHashMap<>();

    OffboardingLoad(SandboxNode sandbox) {
        this.sandbox = sandbox;
    }

    /** Size of a check: the system property (full runs), else the short default CI runs. */
    static int size(String property, int shortDefault) {
        return Integer.getInteger(property, shortDefault);
    }

    void signUp(String prefix, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@brightwater.example";
            userIds.put(email, sandbox.signUp(email));
        }
    }

    /**
     * Terminations through the REST API, {@code threads} at a time, each with an Idempotency-Key and sent again
     * (same key) while the node answers nothing, so that a kill while starting loses no request.
     */
    void terminate(Supplier<TestHttp> hr, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> sent = new ArrayList<>();
        for (String email : userIds.keySet()) {
            sent.add(pool.submit(() -> {
                String body = """
                        {"email":"%s","lastWorkingMoment":"now","manager":"mark","reason":"TERMINATION",
                         "hrReference":"REL"}""".formatted(email);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
                while (true) {
                    try {
                        HttpResponse<String> response = hr.get().send("POST", "/api/offboardings",
                                "application/json", body, Map.of("Idempotency-Key", "rel-" + email));
                        assertThat(response.statusCode()).as(email + ": " + response.body()).isIn(200, 201);
                        return null;
                    }
                    catch (IllegalStateException noAnswer) {
                        if (Instant.now().isAfter(deadline)) {
                            throw noAnswer;
                        }
                        JavaProcess.sleep(1000);
                    }
                }
            }));
        }
        for (Future<?> request : sent) {
            request.get();
        }
        pool.shutdown();
    }

    /** Cases per status, from the database. */
    static Map<String, Integer> statuses() throws SQLException {
        Map<String, Integer> statuses = new TreeMap<>();
        query("SELECT status, COUNT(*) FROM offboarding_case GROUP BY status",
                rows -> statuses.put(rows.getString(1), rows.getInt(2)));
        return statuses;
    }

    void awaitAllCompleted(Duration atMost) throws SQLException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (statuses().equals(Map.of("COMPLETED", userIds.size()))) {
                return;
            }
            JavaProcess.sleep(2000);
        }
        assertThat(statuses()).as("cases per status after " + atMost)
            .isEqualTo(Map.of("COMPLETED", userIds.size()));
    }

    /** Incidents with their messages: none is the promise. */
    static List<String> incidents() throws SQLException {
        List<String> incidents = new ArrayList<>();
        query("SELECT activity_id_, incident_msg_ FROM act_ru_incident",
                rows -> incidents.add(rows.getString(1) + ": " + rows.getString(2)));
        return incidents;
    }

    /**
     * What the platform's journal must show: each leaver deactivated (a repeated call on a deactivated account
     * changes nothing and is counted, not forbidden), no app deleted twice, no deletion without a finished backup
     * before it. Answers the number of repeated deactivation calls.
     */
    int assertJournal() throws Exception {
        List<JsonNode> journal = sandbox.journal();
        Map<String, Integer> deactivations = new HashMap<>();
        Map<String, Integer> deletions = new HashMap<>();
        Map<String, Boolean> snapshotTaken = new HashMap<>();
        for (JsonNode entry : journal) {
            String operation = entry.path("operation").asText();
            boolean success = entry.path("outcome").asText().equals("success");
            if (operation.equals("user-deactivation-api") && success) {
                deactivations.merge(entry.at("/users/0").asText(), 1, Integer::sum);
            }
            if (operation.equals("create-snapshot") && success) {
                snapshotTaken.put(entry.path("app").asText(), true);
            }
            if (operation.equals("delete-project") && success) {
                String app = entry.path("app").asText();
                deletions.merge(app, 1, Integer::sum);
                assertThat(snapshotTaken).as("a backup before deleting " + app).containsKey(app);
            }
        }
        for (Map.Entry<String, String> leaver : userIds.entrySet()) {
            assertThat(deactivations).as("deactivation of " + leaver.getKey()).containsKey(leaver.getValue());
            JsonNode member = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sandbox.admin().get("/sandbox/admin/state/members/" + leaver.getValue()).body());
            assertThat(member.toString()).as("platform state of " + leaver.getKey()).contains("\"active\":false");
        }
        assertThat(deletions.values()).as("deletions per app").allMatch(count -> count == 1);
        return deactivations.values().stream().mapToInt(count -> count - 1).sum();
    }

    int count() {
        return userIds.size();
    }

    interface RowHandler {

        void handle(ResultSet rows) throws SQLException;

    }

    static void query(String sql, RowHandler handler) throws SQLException {
        try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                handler.handle(rows);
            }
        }
    }

}
