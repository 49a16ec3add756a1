package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.TestHttp;

/**
 * New hires for the crash check: signed up already (so Roster finds the account at once), onboarded through the REST
 * API as Claims developers, which adds them to three fixture apps and sets their permissions in one environment
 * (processes/onboarding-plan.dmn). Their expected wait is the people's part: the internal steps and the profile
 * picture, which the load leaves open.
 */
final class Onboardings {

    /** Claims Intake, Motor Claims Triage and the Mendix Guild knowledge base: the teams a Claims developer joins. */
    private static final List<String> TEAMS = List.of("7e4db988-0ea9-5337-abf7-4af2c282fac8",
            "5be11da7-b74b-5e19-8de9-f19ccbd3b7b3", "5e6afde2-3ea6-51d7-90a5-e644393a5620");

    private final SandboxNode sandbox;

    private final List<String> emails = new ArrayList<>();

    Onboardings(SandboxNode sandbox) {
        this.sandbox = sandbox;
    }

    void signUp(String prefix, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String email = prefix + "-hire-" + i + "@brightwater.example";
            sandbox.signUp(email);
            emails.add(email);
        }
    }

    /** Each onboarding with an Idempotency-Key, sent again (same key) while the node answers nothing. */
    void start(Supplier<TestHttp> hr) {
        for (String email : emails) {
            String body = """
                    {"email":"%s","firstName":"New","lastName":"Hire","jobTitle":"Mendix Developer",
                     "department":"Claims","country":"Netherlands","location":"Rotterdam","manager":"mark",
                     "startDate":"%s"}""".formatted(email, LocalDate.now().plusDays(7));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (true) {
                try {
                    HttpResponse<String> response = hr.get().send("POST", "/api/onboardings", "application/json",
                            body, Map.of("Idempotency-Key", "rel-" + email));
                    assertThat(response.statusCode()).as(email + ": " + response.body()).isIn(200, 201);
                    break;
                }
                catch (IllegalStateException noAnswer) {
                    if (Instant.now().isAfter(deadline)) {
                        throw noAnswer;
                    }
                    JavaProcess.sleep(1000);
                }
            }
        }
    }

    /**
     * Waits until every onboarding is where it should wait: in progress, each team joined and each permission set,
     * the people's tasks open; fails with where each one is otherwise.
     */
    void awaitExpectedWait(Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        List<String> notThere = notWaitingAsExpected();
        while (!notThere.isEmpty() && Instant.now().isBefore(deadline)) {
            JavaProcess.sleep(2000);
            notThere = notWaitingAsExpected();
        }
        assertThat(notThere).as("onboardings not at their expected wait after " + atMost).isEmpty();
    }

    private List<String> notWaitingAsExpected() throws Exception {
        List<String> notThere = new ArrayList<>();
        OffboardingLoad.query("""
                SELECT c.email, c.status,
                       (SELECT string_agg(i.kind || ':' || i.status, ',' ORDER BY i.kind, i.status)
                          FROM onboarding_plan_item i WHERE i.case_id = c.id AND i.kind <> 'STEP'),
                       (SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution p ON t.proc_inst_id_ = p.id_
                         WHERE p.business_key_ = c.id)
                  FROM onboarding_case c""", rows -> {
            String where = rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + ", "
                    + rows.getInt(4) + " open tasks";
            if (!rows.getString(2).equals("IN_PROGRESS") || rows.getInt(4) == 0
                    || !"ENVIRONMENT:SET,TEAM:ADDED,TEAM:ADDED,TEAM:ADDED".equals(rows.getString(3))) {
                notThere.add(where);
            }
        });
        if (emails.size() != countCases()) {
            notThere.add(countCases() + " onboardings in the database, " + emails.size() + " requested");
        }
        return notThere;
    }

    private static int countCases() throws Exception {
        int[] count = { 0 };
        OffboardingLoad.query("SELECT COUNT(*) FROM onboarding_case", rows -> count[0] = rows.getInt(1));
        return count[0];
    }

    /**
     * No team addition twice: each of the three apps saw exactly one successful addition per new hire (a second one
     * would be refused by the platform, or invite again). Repeated permission changes, which change nothing the second
     * time, are answered for printing.
     */
    int assertJournal() throws Exception {
        Map<String, Integer> additions = new HashMap<>();
        int permissionChanges = 0;
        for (JsonNode entry : sandbox.journal()) {
            String app = entry.path("app").asText();
            if (!entry.path("outcome").asText().equals("success") || !TEAMS.contains(app)) {
                continue;
            }
            switch (entry.path("operation").asText()) {
                case "post-project-member" -> additions.merge(app, 1, Integer::sum);
                case "update-environment-permissions" -> permissionChanges++;
                default -> {
                }
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        TEAMS.forEach(app -> expected.put(app, emails.size()));
        assertThat(additions).as("successful team additions per app").isEqualTo(expected);
        assertThat(permissionChanges).as("permission changes in Claims Intake").isGreaterThanOrEqualTo(emails.size());
        return permissionChanges - emails.size();
    }

}
