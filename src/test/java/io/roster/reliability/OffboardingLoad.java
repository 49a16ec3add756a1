package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;

/**
 * Leavers for the reliability checks: members signed up in the sandbox, terminated through Roster's REST API, and the
 * checks of what the database and the platform's journal show afterwards.
 * <p>
 * With apps ({@link #signUpWithApps}), some leavers are the only member and Technical Contact of a free training app,
 * which Roster proposes to delete (after a backup); as many are Technical Contact of an app shared with a colleague,
 * who takes over, and a developer in another of the colleague's apps, which the leaver leaves. The rest have no apps.
 * The decisions in between are {@link People}'s.
 */
final class OffboardingLoad {

    private final SandboxNode sandbox;

    private final Map<String, String> userIds = new LinkedHashMap<>();

    /** Leaver to the colleague HR names as successor. */
    private final Map<String, String> successors = new HashMap<>();

    /** App to its leaver, by what the plan does with it. */
    private final Map<String, String> appsToDelete = new LinkedHashMap<>();

    private final Map<String, String> appsToHandOver = new LinkedHashMap<>();

    private final Map<String, String> appsToLeave = new LinkedHashMap<>();

    OffboardingLoad(SandboxNode sandbox) {
        this.sandbox = sandbox;
    }

    /** Size of a check: the system property (full runs), else the short default CI runs. */
    static int size(String property, int shortDefault) {
        return Integer.getInteger(property, shortDefault);
    }

    /** Leavers without apps. */
    void signUp(String prefix, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@brightwater.example";
            userIds.put(email, sandbox.signUp(email));
        }
    }

    /**
     * Leavers of whom two in {@code every} have apps: the 2nd (of each {@code every}) a training app to delete, the
     * last apps to hand over and to leave.
     */
    void signUpWithApps(String prefix, int count, int every) throws Exception {
        String colleague = prefix + "-colleague@brightwater.example";
        sandbox.signUp(colleague);
        signUp(prefix, count);
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@brightwater.example";
            if (i % every == 1) {
                appsToDelete.put(sandbox.createApp(prefix + " training " + i, email,
                        Map.of(email, "Scrum Master"), true), email);
            }
            if (i % every == every - 1) {
                successors.put(email, colleague);
                appsToHandOver.put(sandbox.createApp(prefix + " shared " + i, email,
                        Map.of(email, "Scrum Master", colleague, "Scrum Master"), false), email);
                appsToLeave.put(sandbox.createApp(prefix + " colleague's " + i, colleague,
                        Map.of(colleague, "Scrum Master", email, "Developer"), false), email);
            }
        }
    }

    /** Terminations through the REST API, {@code threads} at a time, as {@link HrRequests} sends them. */
    void terminate(Supplier<TestHttp> hr, int threads) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String email : userIds.keySet()) {
            String successor = successors.containsKey(email)
                    ? ",\"defaultSuccessor\":\"" + successors.get(email) + "\"" : "";
            bodies.put("rel-" + email, """
                    {"email":"%s","lastWorkingMoment":"now","manager":"mark","reason":"TERMINATION",
                     "hrReference":"REL"%s}""".formatted(email, successor));
        }
        HrRequests.postAll(hr, "/api/offboardings", bodies, threads);
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
        assertThat(statuses()).as("cases per status after " + atMost + "; the unfinished ones: " + unfinished())
            .isEqualTo(Map.of("COMPLETED", userIds.size()));
    }

    /** Where each unfinished case waits (activities, open tasks, jobs, apps), so that a stuck case can be told from a slow one. */
    static List<String> unfinished() throws SQLException {
        List<String> unfinished = new ArrayList<>();
        query("""
                SELECT c.leaver_email, c.status,
                       (SELECT string_agg(e.act_id_, ',') FROM act_ru_execution e
                         WHERE e.proc_inst_id_ = p.id_ AND e.act_id_ IS NOT NULL),
                       (SELECT string_agg(t.task_def_key_, ',') FROM act_ru_task t WHERE t.proc_inst_id_ = p.id_),
                       (SELECT string_agg(j.type_ || ':' || j.retries_, ',') FROM act_ru_job j
                         WHERE j.process_instance_id_ = p.id_),
                       (SELECT string_agg(a.app_name || '=' || a.proposal || '/' || COALESCE(a.decision, '-') || '/'
                               || a.status || ' ' || COALESCE(a.status_detail, ''), '; ')
                          FROM offboarding_app a WHERE a.case_id = c.id)
                  FROM offboarding_case c LEFT JOIN act_ru_execution p
                    ON p.business_key_ = c.id AND p.id_ = p.proc_inst_id_
                 WHERE c.status <> 'COMPLETED'""",
                rows -> unfinished.add(rows.getString(1) + " " + rows.getString(2) + " at " + rows.getString(3)
                        + ", tasks " + rows.getString(4) + ", jobs " + rows.getString(5) + ", apps " + rows.getString(6)));
        return unfinished;
    }

    /** Incidents with their messages: none is the promise. */
    static List<String> incidents() throws SQLException {
        List<String> incidents = new ArrayList<>();
        query("SELECT activity_id_, incident_msg_ FROM act_ru_incident",
                rows -> incidents.add(rows.getString(1) + ": " + rows.getString(2)));
        return incidents;
    }

    /**
     * What the platform's journal and state must show: each leaver deactivated (a repeated call on a deactivated
     * account changes nothing and is counted, not forbidden); each app the plan deletes deleted exactly once, and only
     * after the platform answered a poll of its backup snapshot with {@code completed}; no other app deleted; each
     * hand-over done (the colleague is Technical Contact, the leaver off the team) and each app the leaver leaves
     * kept without them. Answers the repeated calls that change nothing on the platform, per operation.
     */
    Map<String, Integer> assertJournal() throws Exception {
        Map<String, Integer> deactivations = new HashMap<>();
        Map<String, Integer> deletions = new HashMap<>();
        Map<String, Integer> technicalContactChanges = new HashMap<>();
        Set<String> backedUp = new HashSet<>();
        List<String> broken = new ArrayList<>();
        for (JsonNode entry : sandbox.journal()) {
            String operation = entry.path("operation").asText();
            String app = entry.path("app").asText();
            if (!entry.path("outcome").asText().equals("success")) {
                continue;
            }
            switch (operation) {
                case "user-deactivation-api" -> deactivations.merge(entry.at("/users/0").asText(), 1, Integer::sum);
                case "get-snapshot" -> {
                    if (entry.path("state").asText().equals("completed")) {
                        backedUp.add(app);
                    }
                }
                case "patch-apps-technicalContact" -> technicalContactChanges.merge(app, 1, Integer::sum);
                case "delete-project" -> {
                    deletions.merge(app, 1, Integer::sum);
                    if (!backedUp.contains(app)) {
                        broken.add("deleted " + app + " of " + appsToDelete.get(app) + " (journal #"
                                + entry.path("sequence").asLong() + ") without a backup the platform had reported "
                                + "completed");
                    }
                }
                default -> {
                }
            }
        }
        deletions.forEach((app, count) -> {
            if (!appsToDelete.containsKey(app)) {
                broken.add("deleted " + app + ", which the plan keeps");
            }
            else if (count != 1) {
                broken.add("deleted " + app + " " + count + " times");
            }
        });
        appsToDelete.forEach((app, leaver) -> {
            if (!deletions.containsKey(app)) {
                broken.add("never deleted " + app + " (training app of " + leaver + ")");
            }
        });
        for (Map.Entry<String, String> handedOver : appsToHandOver.entrySet()) {
            JsonNode app = sandbox.app(handedOver.getKey());
            if (app == null || !app.path("technicalContact").asText().equals(successors.get(handedOver.getValue()))
                    || team(app).contains(handedOver.getValue())) {
                broken.add("hand-over of " + handedOver.getKey() + " from " + handedOver.getValue()
                        + " not done: " + app);
            }
        }
        for (Map.Entry<String, String> left : appsToLeave.entrySet()) {
            JsonNode app = sandbox.app(left.getKey());
            if (app == null || team(app).contains(left.getValue()) || team(app).isEmpty()) {
                broken.add(left.getValue() + " did not leave " + left.getKey() + " (or it is gone): " + app);
            }
        }
        for (Map.Entry<String, String> leaver : userIds.entrySet()) {
            if (!deactivations.containsKey(leaver.getValue())) {
                broken.add("no deactivation of " + leaver.getKey());
            }
            String member = sandbox.admin().get("/sandbox/admin/state/members/" + leaver.getValue()).body();
            if (!member.contains("\"active\":false")) {
                broken.add(leaver.getKey() + " still active on the platform");
            }
        }
        assertThat(broken).as("promises the platform's journal and state show broken").isEmpty();
        return Map.of("deactivation", repeats(deactivations), "technical contact change",
                repeats(technicalContactChanges));
    }

    /** The deletions and hand-overs the plan holds: the load has them, so the checks above are not vacuous. */
    String appsSummary() {
        return appsToDelete.size() + " apps to delete, " + appsToHandOver.size() + " to hand over, "
                + appsToLeave.size() + " to leave";
    }

    private static List<String> team(JsonNode app) {
        List<String> emails = new ArrayList<>();
        app.path("team").forEach(member -> emails.add(member.path("email").asText()));
        return emails;
    }

    private static int repeats(Map<String, Integer> callsPerTarget) {
        return callsPerTarget.values().stream().mapToInt(count -> count - 1).sum();
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
