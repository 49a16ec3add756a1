package io.roster.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.roster.TestHttp;
import io.roster.offboarding.OffboardingProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who gets what, over real HTTP: anonymous, hr, manager, platform admin and camunda admin against every endpoint
 * family ({@code /api}, {@code /engine-rest}, {@code /camunda/api}, actuator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class SecurityMatrixTests {

    static final String ANONYMOUS = "anonymous";

    static final List<String> ACTORS = List.of(ANONYMOUS, "helen", "mark", "paula", "ada");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    /** One endpoint and the status each actor gets, in the order of {@link #ACTORS}. */
    record Row(String method, String path, String body, int... statuses) {

        @Override
        public String toString() {
            return method + " " + path;
        }

    }

    static final List<Row> MATRIX = List.of(
            // actuator: health for everyone (probes), the rest for camunda-admin only
            new Row("GET", "/actuator/health", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actuator/health/liveness", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actuator/health/readiness", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actuator/prometheus", null, 401, 403, 403, 403, 200),
            new Row("GET", "/actuator/metrics", null, 401, 403, 403, 403, 200),
            new Row("GET", "/actuator/info", null, 401, 403, 403, 403, 200),
            // /api: a login for everything, roles per endpoint
            new Row("GET", "/api/me", null, 401, 200, 200, 200, 200),
            new Row("GET", "/api/openapi", null, 401, 200, 200, 200, 200),
            new Row("GET", "/api/docs", null, 401, 302, 302, 302, 302),
            new Row("GET", "/api/no-such-thing", null, 401, 404, 404, 404, 404),
            // offboardings: HR steers, platform admins read, nobody else
            new Row("GET", "/api/offboardings", null, 401, 200, 403, 200, 403),
            new Row("POST", "/api/offboardings", "{}", 401, 400, 403, 403, 403),
            new Row("POST", "/api/offboardings/preview", "{}", 401, 400, 403, 403, 403),
            new Row("GET", "/api/offboardings/off-00000000-0000-0000-0000-000000000000", null, 401, 404, 403, 404,
                    403),
            new Row("DELETE", "/api/offboardings/off-00000000-0000-0000-0000-000000000000", null, 401, 404, 403, 403,
                    403),
            new Row("GET", "/api/offboardings/off-00000000-0000-0000-0000-000000000000/evidence", null, 401, 404, 403,
                    404, 403),
            // member look-ups: managers and platform admins
            new Row("GET", "/api/members?email=nobody@brightwater.example", null, 401, 403, 404, 404, 403),
            // technical-contact changes: managers and platform admins ask and follow
            new Row("POST", "/api/apps/app-x/technical-contact-changes", "{}", 401, 403, 400, 400, 403),
            new Row("GET", "/api/apps/app-x/technical-contact-changes/tcc-00000000-0000-0000-0000-000000000000", null,
                    401, 403, 404, 404, 403),
            // onboardings: HR steers, platform admins read, nobody else
            new Row("GET", "/api/onboardings", null, 401, 200, 403, 200, 403),
            new Row("POST", "/api/onboardings", "{}", 401, 400, 403, 403, 403),
            new Row("POST", "/api/onboardings/preview", "{}", 401, 400, 403, 403, 403),
            new Row("GET", "/api/onboardings/onb-00000000-0000-0000-0000-000000000000", null, 401, 404, 403, 404,
                    403),
            new Row("DELETE", "/api/onboardings/onb-00000000-0000-0000-0000-000000000000", null, 401, 404, 403, 403,
                    403),
            new Row("GET", "/api/onboardings/onb-00000000-0000-0000-0000-000000000000/picture", null, 401, 404, 403,
                    404, 403),
            // member profiles: managers and platform admins
            new Row("GET", "/api/members/nobody@brightwater.example", null, 401, 403, 404, 404, 403),
            // the sandbox platform's admin API has a login of its own
            new Row("GET", "/sandbox/admin/journal", null, 401, 401, 401, 401, 401),
            // /engine-rest: a login, then the engine's authorizations
            new Row("GET", "/engine-rest/process-definition/count", null, 401, 200, 200, 200, 200),
            new Row("GET", "/engine-rest/task", null, 401, 200, 200, 200, 200),
            // hr and managers do not even see the definition; platform admins see it but may not start it
            new Row("POST", "/engine-rest/process-definition/key/offboarding/start", "{}", 401, 404, 404, 403,
                    200),
            new Row("POST", "/engine-rest/group/create", "{\"id\":\"intruders\",\"name\":\"Intruders\"}", 401,
                    403, 403, 403, 204),
            new Row("GET", "/engine-rest/user", null, 401, 200, 200, 200, 200),
            // running a job by hand is for camunda-admin only: a refused try would still cost the job a retry
            new Row("POST", "/engine-rest/job/no-such-job/execute", "{}", 401, 403, 403, 403, 404),
            // the web apps' API needs the web apps' session, not HTTP Basic
            new Row("GET", "/camunda/api/engine/engine/default/task/count", null, 401, 401, 401, 401, 401),
            // anything else needs a login
            new Row("GET", "/somewhere-else", null, 401, 404, 404, 404, 404),
            // audit: platform admins import and review, auditors read (see auditorsReadTheAuditAndNothingElse)
            new Row("POST", "/api/reports/control-center-export", "{}", 401, 403, 403, 400, 403),
            new Row("GET", "/api/reports/control-center-export", null, 401, 403, 403, 404, 403),
            new Row("GET", "/api/reports/member-inventory.csv", null, 401, 403, 403, 404, 403),
            new Row("GET", "/api/reports/backup-access.xlsx", null, 401, 403, 403, 404, 403),
            new Row("GET", "/api/access-reviews", null, 401, 403, 403, 200, 403),
            new Row("GET", "/api/access-reviews/rev-none", null, 401, 403, 403, 404, 403),
            new Row("GET", "/api/access-reviews/rev-none/findings.csv", null, 401, 403, 403, 404, 403),
            // starts a review (its jobs do not run here); last, so that the reports above still have no inventory
            new Row("POST", "/api/access-reviews", "{}", 401, 403, 403, 201, 403));

    /** The read-only auditors: the audit's reports and reviews, nothing that changes anything. */
    static final List<Row> AUDITOR = List.of(new Row("GET", "/api/reports/control-center-export", null, 404),
            new Row("POST", "/api/reports/control-center-export", "{}", 403),
            new Row("GET", "/api/reports/member-inventory.xlsx", null, 404),
            new Row("GET", "/api/reports/backup-access.csv", null, 404), new Row("GET", "/api/access-reviews", null, 200),
            new Row("GET", "/api/access-reviews/rev-none/findings.xlsx", null, 404),
            new Row("POST", "/api/access-reviews", "{}", 403), new Row("GET", "/api/offboardings", null, 403),
            new Row("POST", "/api/offboardings", "{}", 403),
            new Row("GET", "/api/members?email=nobody@brightwater.example", null, 403));

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : MATRIX) {
            for (int actor = 0; actor < ACTORS.size(); actor++) {
                cells.add(Arguments.of(Named.of(ACTORS.get(actor), ACTORS.get(actor)), row, row.statuses()[actor]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("matrix")
    void eachActorGetsTheStatusOfTheirRole(String actor, Row row, int expected) {
        HttpResponse<String> response = http(actor).send(row.method(), row.path(),
                row.body() == null ? null : "application/json", row.body(), Map.of());
        assertThat(response.statusCode()).as(actor + " " + row + ": " + response.body()).isEqualTo(expected);
        if (row.path().startsWith("/api") && expected >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"status\":" + expected).contains("\"type\":\"urn:roster:problem:");
        }
    }

    @ParameterizedTest(name = "audrey: {0} -> {1}")
    @MethodSource("auditorRows")
    void auditorsReadTheAuditAndNothingElse(Row row, int expected) {
        HttpResponse<String> response = http("audrey").send(row.method(), row.path(),
                row.body() == null ? null : "application/json", row.body(), Map.of());
        assertThat(response.statusCode()).as("audrey " + row + ": " + response.body()).isEqualTo(expected);
    }

    static Stream<Arguments> auditorRows() {
        return AUDITOR.stream().map(row -> Arguments.of(row, row.statuses()[0]));
    }

    static Stream<Arguments> webappLogins() {
        return Stream.of(Arguments.of("helen", 200, 403, 403), Arguments.of("mark", 200, 403, 403),
                Arguments.of("paula", 200, 200, 403), Arguments.of("ada", 200, 200, 200));
    }

    @ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
    @MethodSource("webappLogins")
    void eachRoleReachesItsWebApps(String user, int tasklist, int cockpit, int admin) {
        assertThat(http(user).loginToWebapp("tasklist")).as("tasklist").isEqualTo(tasklist);
        assertThat(http(user).loginToWebapp("cockpit")).as("cockpit").isEqualTo(cockpit);
        assertThat(http(user).loginToWebapp("admin")).as("admin").isEqualTo(admin);
    }

    @Test
    void throughTheEngineRestApiAManagerSeesAndWorksOnlyOnTheirOwnTasks() {
        // a review addressed to mona, another manager
        String instance = runtimeService.createProcessInstanceByKey(OffboardingProcess.KEY)
            .setVariable(OffboardingProcess.Var.REVIEWER_CANDIDATES, List.of("mona"))
            .setVariable(OffboardingProcess.Var.REVIEWER_GROUPS, List.of())
            .startBeforeActivity(OffboardingProcess.Task.REVIEW_PLAN)
            .execute(true, true)
            .getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        TestHttp mark = http("mark");
        assertThat(mark.get("/engine-rest/task?processInstanceId=" + instance).body()).isEqualTo("[]");
        assertThat(mark.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"mark\"}").statusCode())
            .isIn(403, 404);
        assertThat(mark.postJson("/engine-rest/task/" + taskId + "/complete", "{}").statusCode()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        TestHttp mona = http("mona");
        assertThat(mona.get("/engine-rest/task?processInstanceId=" + instance).body()).contains(taskId);
        assertThat(mona.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"mona\"}").statusCode())
            .isEqualTo(204);
        runtimeService.deleteProcessInstance(instance, "test over");
    }

    @Test
    void wrongPasswordIsRefusedEverywhere() {
        TestHttp intruder = TestHttp.as(port, "helen", "not-her-password");
        assertThat(intruder.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(intruder.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(intruder.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(intruder.loginToWebapp("tasklist")).isEqualTo(401);
    }

    @Test
    void anonymousGetsAProblemWithABasicChallenge() {
        HttpResponse<String> response = TestHttp.anonymous(port).get("/api/me");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Roster\"");
        assertThat(response.body()).contains("\"title\":\"Authentication required\"").contains("\"detail\":");
    }

    @Test
    void webAppsRefuseAStateChangeWithoutTheirCsrfToken() {
        TestHttp mark = http("mark");
        assertThat(mark.loginToWebapp("tasklist")).isEqualTo(200);
        HttpResponse<String> forged = mark.send("POST", "/camunda/api/engine/engine/default/filter/create",
                "application/json", "{\"resourceType\":\"Task\",\"name\":\"forged\",\"query\":{}}", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void crossSiteStateChangesAreRefused() {
        HttpResponse<String> response = http("ada").send("POST",
                "/engine-rest/process-definition/key/offboarding/start", "application/json", "{}",
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("urn:roster:problem:cross-site-request");
    }

    private TestHttp http(String actor) {
        return actor.equals(ANONYMOUS) ? TestHttp.anonymous(port) : TestHttp.as(port, actor, "demo");
    }

}
