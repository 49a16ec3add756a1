package io.roster.offboarding;

import static io.roster.offboarding.OffboardingFixtures.LIAM;
import static io.roster.offboarding.OffboardingFixtures.OLIVIA;
import static io.roster.offboarding.OffboardingFixtures.claimsPortal;
import static io.roster.offboarding.OffboardingFixtures.givenOlivia;
import static io.roster.offboarding.OffboardingFixtures.trainingSandbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;
import io.roster.TestJobs;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** HR's API over real HTTP, as an HR system or a person with curl would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OffboardingApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @AfterEach
    void endEverything() {
        runtime.createProcessInstanceQuery().list().forEach(i -> runtime.deleteProcessInstance(i.getId(), "test over"));
        jdbc.update("UPDATE offboarding_case SET active_email = NULL");
    }

    TestHttp helen() {
        return TestHttp.as(port, "helen", "demo");
    }

    static String request(String email, String moment) {
        return """
                {"email":"%s","lastWorkingMoment":"%s","manager":"mark","defaultSuccessor":"%s",
                 "reason":"RESIGNATION","hrReference":"HR-2026-0412"}""".formatted(email, moment, LIAM);
    }

    static String inTwoWeeks() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(14).withNano(0).toString();
    }

    @Test
    void startAnswers201WithLocationAndTheCase() throws Exception {
        HttpResponse<String> response = helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks()));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/offboardings/" + body.get("id").asText());
        assertThat(body.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(body.get("requestedBy").asText()).isEqualTo("helen");
        assertThat(body.get("currentSteps").toString()).contains("Resolve the leaver's account");
        assertThat(body.at("/evidence/records").asInt()).isEqualTo(1);
        assertThat(body.at("/evidence/intact").asBoolean()).isTrue();
    }

    @Test
    void aSecondActiveOffboardingOfThePersonIsAConflictNamingTheFirst() throws Exception {
        String first = JSON.readTree(helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks())).body())
            .get("id")
            .asText();

        HttpResponse<String> second = helen().postJson("/api/offboardings", request(OLIVIA.toUpperCase(), "now"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(second.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:roster:problem:offboarding-exists");
        assertThat(problem.get("existingOffboarding").asText()).isEqualTo(first);
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyAnswersTheSameCase() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "hr-system-4711");
        HttpResponse<String> first = helen().send("POST", "/api/offboardings", "application/json",
                request(OLIVIA, inTwoWeeks()).replace(inTwoWeeks(), "2027-01-15T17:00:00+01:00"), key);
        HttpResponse<String> retry = helen().send("POST", "/api/offboardings", "application/json",
                request(OLIVIA, inTwoWeeks()).replace(inTwoWeeks(), "2027-01-15T17:00:00+01:00"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(cases()).isEqualTo(1);

        HttpResponse<String> different = helen().send("POST", "/api/offboardings", "application/json",
                request("someone.else@brightwater.example", "now"), key);
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.body()).contains("urn:roster:problem:idempotency-key-reused");
    }

    @Test
    void badInputIsA400NamingEachFieldAndStartsNothing() throws Exception {
        HttpResponse<String> response = helen().postJson("/api/offboardings", """
                {"email":"not-an-address","lastWorkingMoment":"2026-12-31T17:00","manager":"nobody-we-know",
                 "defaultSuccessor":"x@","reason":"RESIGNATION"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:roster:problem:invalid-request");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("defaultSuccessor",
                "email", "lastWorkingMoment", "manager");
        assertThat(cases()).isZero();
    }

    @Test
    void unknownFieldsWrongTypesAndBrokenJsonAre400s() {
        assertThat(helen().postJson("/api/offboardings", request(OLIVIA, "now").replace("\"manager\"", "\"boss\""))
            .body()).contains("\"field\":\"boss\"");
        assertThat(helen().postJson("/api/offboardings", request(OLIVIA, "now").replace("RESIGNATION", "BORED"))
            .body()).contains("\"field\":\"reason\"");
        HttpResponse<String> broken = helen().postJson("/api/offboardings", "{\"email\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("urn:roster:problem:unreadable-request");
        assertThat(cases()).isZero();
    }

    @Test
    void onlyHrMayStartOffboardings() {
        assertThat(TestHttp.as(port, "mark", "demo").postJson("/api/offboardings", request(OLIVIA, "now"))
            .statusCode()).isEqualTo(403);
        assertThat(TestHttp.anonymous(port).postJson("/api/offboardings", request(OLIVIA, "now")).statusCode())
            .isEqualTo(401);
        assertThat(cases()).isZero();
    }

    @Test
    void previewShowsThePlanWithoutChangingAnything() throws Exception {
        givenOlivia(platform, claimsPortal(), trainingSandbox());
        int evidenceBefore = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_case", Integer.class);

        HttpResponse<String> response = helen().postJson("/api/offboardings/preview", request(OLIVIA, "now"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode preview = JSON.readTree(response.body());
        assertThat(preview.get("accountFound").asBoolean()).isTrue();
        assertThat(preview.get("apps").findValuesAsText("proposal")).containsExactlyInAnyOrder(
                "REASSIGN_TECHNICAL_CONTACT", "DELETE_APP");
        assertThat(preview.get("accessCalls").toString()).contains("PATCH /platform-users/");
        assertThat(preview.toString()).contains("DELETE /projects/app-training");
        assertThat(cases()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_case", Integer.class)).isEqualTo(evidenceBefore);
        org.mockito.Mockito.verify(platform, org.mockito.Mockito.never()).deactivate(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void previewOfSomeoneWithoutAnAccount() throws Exception {
        when(platform.findAccount("ghost@brightwater.example")).thenReturn(Optional.empty());
        JsonNode preview = JSON.readTree(
                helen().postJson("/api/offboardings/preview", request("ghost@brightwater.example", "now")).body());
        assertThat(preview.get("accountFound").asBoolean()).isFalse();
        assertThat(preview.get("apps")).isEmpty();
    }

    @Test
    void rescheduleAndCancelAreRecordedAndRefusedAfterDeactivation() throws Exception {
        givenOlivia(platform);
        String location = helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks()))
            .headers()
            .firstValue("Location")
            .orElseThrow();
        runJobs();

        HttpResponse<String> moved = helen().send("PATCH", location, "application/json",
                "{\"lastWorkingMoment\":\"2027-02-01T12:00:00Z\"}", Map.of());
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).get("lastWorkingMoment").asText()).startsWith("2027-02-01T12:00");
        assertThat(helen().send("PATCH", location, "application/json", "{\"lastWorkingMoment\":\"soon\"}", Map.of())
            .statusCode()).isEqualTo(400);

        helen().send("PATCH", location, "application/json", "{\"lastWorkingMoment\":\"now\"}", Map.of());
        runJobs();
        HttpResponse<String> tooLate = helen().send("DELETE", location, null, null, Map.of());
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.body()).contains("urn:roster:problem:access-already-denied").contains("deactivated at");

        JsonNode evidence = JSON.readTree(helen().get(location + "/evidence").body());
        assertThat(evidence.at("/verification/intact").asBoolean()).isTrue();
        assertThat(evidence.get("records").findValuesAsText("step")).contains("offboarding.rescheduled",
                "account.deactivated");
        HttpResponse<String> csv = helen().send("GET", location + "/evidence", null, null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("case_id,seq,recorded_at");
    }

    @Test
    void cancelBeforeTheLastDayEndsTheCase() throws Exception {
        givenOlivia(platform);
        String location = helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks()))
            .headers()
            .firstValue("Location")
            .orElseThrow();
        runJobs();

        assertThat(helen().send("DELETE", location + "?reason=changed%20her%20mind", null, null, Map.of())
            .statusCode()).isEqualTo(202);
        runJobs();
        assertThat(JSON.readTree(helen().get(location).body()).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks())).statusCode())
            .as("a new offboarding can start after a cancelled one")
            .isEqualTo(201);
    }

    @Test
    void batchStartsTheGoodRowsAndRejectsTheBadOnesWithReasons() throws Exception {
        String csv = """
                email,lastWorkingMoment,manager,defaultSuccessor,reason,hrReference
                a.one@brightwater.example,now,mark,,TERMINATION,HR-1
                not-an-email,now,mark,,RESIGNATION,HR-2
                b.two@brightwater.example,2027-01-01T09:00:00+01:00,mark,,LAZY,HR-3
                a.one@brightwater.example,now,mark,,TERMINATION,HR-4
                """;
        HttpResponse<String> response = helen().send("POST", "/api/offboardings/batch", "text/csv", csv, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("started").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(3);
        assertThat(result.get("rows").findValuesAsText("outcome")).containsExactly("STARTED", "REJECTED", "REJECTED",
                "REJECTED");
        assertThat(result.get("rows").get(1).toString()).contains("email");
        assertThat(result.get("rows").get(2).toString()).contains("reason");
        assertThat(result.get("rows").get(3).toString()).contains("already has an active offboarding");
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void aCsvWithoutTheHeaderIsRejectedWhole() {
        HttpResponse<String> response = helen().send("POST", "/api/offboardings/batch", "text/csv",
                "a.one@brightwater.example,now,mark\n", Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("needs the header");
        assertThat(cases()).isZero();
    }

    @Test
    void listFiltersByStatus() throws Exception {
        helen().postJson("/api/offboardings", request(OLIVIA, inTwoWeeks()));
        JsonNode requested = JSON.readTree(helen().get("/api/offboardings?status=REQUESTED").body());
        JsonNode completed = JSON.readTree(helen().get("/api/offboardings?status=COMPLETED").body());
        assertThat(requested.findValuesAsText("leaverEmail")).contains(OLIVIA);
        assertThat(completed.findValuesAsText("leaverEmail")).doesNotContain(OLIVIA);
        assertThat(helen().get("/api/offboardings?status=SLEEPING").statusCode()).isEqualTo(400);
        assertThat(helen().get("/api/offboardings/off-00000000-0000-0000-0000-000000000000").statusCode())
            .isEqualTo(404);
    }

    private int cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM offboarding_case WHERE active_email IS NOT NULL",
                Integer.class);
    }

    private void runJobs() {
        TestJobs.runDue(management);
    }

}
