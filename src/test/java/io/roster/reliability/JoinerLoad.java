package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.TestHttp;

/**
 * New hires for the reliability checks: onboardings started through Roster's REST API, sign-ups that happen while
 * Roster runs (or not), and the checks of what the database and the platform's journal show afterwards. Their manager
 * and HR complete the steps in between ({@link People#onboarding}).
 * <p>
 * Every even new hire is a Claims Mendix Developer (three app teams, deploy permissions in Claims Intake's Acceptance
 * environment, three internal steps), every odd one a Claims Tester (one team, one step); see
 * {@code processes/onboarding-plan.dmn}.
 */
final class JoinerLoad {

    static final String CLAIMS_INTAKE = "7e4db988-0ea9-5337-abf7-4af2c282fac8";

    static final String MOTOR_TRIAGE = "5be11da7-b74b-5e19-8de9-f19ccbd3b7b3";

    static final String GUILD = "5e6afde2-3ea6-51d7-90a5-e644393a5620";

    private final SandboxNode sandbox;

    private final List<String> emails = new ArrayList<>();

    /** E-mail to platform user id, for those who signed up. */
    private final Map<String, String> userIds = new LinkedHashMap<>();

    JoinerLoad(SandboxNode sandbox, String prefix, int count) {
        this.sandbox = sandbox;
        for (int i = 0; i < count; i++) {
            emails.add(prefix + "-joiner-" + i + "@brightwater.example");
        }
    }

    static boolean developer(int index) {
        return index % 2 == 0;
    }

    /** The first {@code count} new hires sign up before HR asks for them (their account exists at once). */
    void signUpEarly(int count) throws Exception {
        for (String email : emails.subList(0, count)) {
            userIds.put(email, sandbox.signUp(email));
        }
    }

    /** The others sign up one by one while Roster waits for them, {@code pause} apart. */
    void signUpTheRest(Duration pause) throws Exception {
        for (String email : emails) {
            if (!userIds.containsKey(email)) {
                JavaProcess.sleep(pause.toMillis());
                userIds.put(email, sandbox.signUp(email));
            }
        }
    }

    /** Onboardings through the REST API, {@code threads} at a time, as {@link HrRequests} sends them. */
    void start(Supplier<TestHttp> hr, int threads) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            bodies.put("rel-" + emails.get(i), """
                    {"email":"%s","firstName":"New","lastName":"Hire","jobTitle":"%s","department":"Claims",
                     "country":"Netherlands","location":"Rotterdam","manager":"mark","startDate":"%s",
                     "hrReference":"REL"}""".formatted(emails.get(i), developer(i) ? "Mendix Developer" : "Tester",
                    LocalDate.now().plusDays(7)));
        }
        HrRequests.postAll(hr, "/api/onboardings", bodies, threads);
    }

    /** Onboardings per status, from the database. */
    static Map<String, Integer> statuses() throws SQLException {
        Map<String, Integer> statuses = new TreeMap<>();
        OffboardingLoad.query("SELECT status, COUNT(*) FROM onboarding_case GROUP BY status",
                rows -> statuses.put(rows.getString(1), rows.getInt(2)));
        return statuses;
    }

    boolean allCompleted() throws SQLException {
        return statuses().equals(Map.of("COMPLETED", emails.size()));
    }

    void awaitAllCompleted(Duration atMost) throws SQLException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline) && !allCompleted()) {
            JavaProcess.sleep(2000);
        }
        assertThat(statuses()).as("onboardings per status after " + atMost)
            .isEqualTo(Map.of("COMPLETED", emails.size()));
    }

    /** Plan lines per status over all cases: every team ADDED, every environment SET, every step DONE is the promise. */
    static Map<String, Integer> planStatuses() throws SQLException {
        Map<String, Integer> statuses = new TreeMap<>();
        OffboardingLoad.query("SELECT kind || ' ' || status, COUNT(*) FROM onboarding_plan_item GROUP BY kind, status",
                rows -> statuses.put(rows.getString(1), rows.getInt(2)));
        return statuses;
    }

    /** The plan lines all cases together must end with. */
    Map<String, Integer> expectedPlanStatuses() {
        int developers = (emails.size() + 1) / 2;
        int testers = emails.size() / 2;
        return new TreeMap<>(Map.of("TEAM ADDED", 3 * developers + testers, "ENVIRONMENT SET", developers,
                "STEP DONE", 3 * developers + testers));
    }

    /**
     * What the platform's journal must show: each new hire added to each team of their plan by exactly one successful
     * call and to no other, and their deploy permissions set only after they joined that team. A repeated addition
     * after a kill is answered "already a member" and counted, not forbidden. Answers the number of such repeats.
     */
    int assertJournal() throws Exception {
        Map<String, Integer> additions = new HashMap<>();
        Map<String, Long> joined = new HashMap<>();
        Map<String, Long> permissionsSet = new HashMap<>();
        int repeats = 0;
        for (JsonNode entry : sandbox.journal()) {
            String operation = entry.path("operation").asText();
            boolean success = entry.path("outcome").asText().equals("success");
            String target = entry.path("app").asText() + " " + entry.at("/users/0").asText();
            if (operation.equals("post-project-member")) {
                if (success) {
                    additions.merge(target, 1, Integer::sum);
                    joined.putIfAbsent(target, entry.get("sequence").asLong());
                }
                else {
                    repeats++;
                }
            }
            if (operation.equals("update-environment-permissions") && success) {
                permissionsSet.putIfAbsent(target, entry.get("sequence").asLong());
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            String userId = userIds.get(emails.get(i));
            List<String> apps = developer(i) ? List.of(CLAIMS_INTAKE, MOTOR_TRIAGE, GUILD) : List.of(CLAIMS_INTAKE);
            apps.forEach(app -> expected.put(app + " " + userId, 1));
            if (developer(i)) {
                // the Deploy API names members by e-mail
                String permissions = CLAIMS_INTAKE + " " + emails.get(i);
                assertThat(permissionsSet).as("Acceptance permissions of " + emails.get(i)).containsKey(permissions);
                assertThat(permissionsSet.get(permissions)).as("permissions of %s only once in the team", emails.get(i))
                    .isGreaterThan(joined.getOrDefault(CLAIMS_INTAKE + " " + userId, Long.MAX_VALUE));
            }
        }
        assertThat(additions).as("successful team additions per app and new hire").isEqualTo(expected);
        return repeats;
    }

    int count() {
        return emails.size();
    }

}
