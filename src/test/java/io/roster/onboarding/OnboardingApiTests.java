package io.roster.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

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

/** HR's onboarding API over real HTTP, as an HR system or a person with curl would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnboardingApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String NORA = "nora.vos@brightwater.example";

    /** The first bytes of a PNG file: Roster checks the content, not the name. */
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

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
        jdbc.update("UPDATE onboarding_case SET active_email = NULL");
    }

    TestHttp helen() {
        return TestHttp.as(port, "helen", "demo");
    }

    static String request(String email, String picture) {
        return """
                {"email":"%s","firstName":"Nora","lastName":"Vos","jobTitle":"Mendix Developer","department":"Claims",
                 "country":"Netherlands","location":"Rotterdam","manager":"mark","startDate":"%s",
                 "hrReference":"HR-2026-0977"%s}""".formatted(email, LocalDate.now().plusDays(14),
                picture == null ? "" : ",\"picture\":" + picture);
    }

    @Test
    void aFormulaIsNoManagerAddress_andHalfASurrogatePairIsNoName_soNothingStarts() throws Exception {
        int before = cases(); // other test classes share this context
        String body = request(NORA, null)
            .replace("\"manager\":\"mark\"", "\"manager\":\"@SUM(1+1)*cmd|' /C calc'!A0\"")
            .replace("\"firstName\":\"Nora\"", "\"firstName\":\"No\\ud800ra\"");

        HttpResponse<String> response = helen().postJson("/api/onboardings", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("manager", "firstName");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void startAnswers201WithLocation_andTheCaseWaitsForTheAccount() throws Exception {
        HttpResponse<String> response = helen().postJson("/api/onboardings", request(NORA, null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/onboardings/" + body.get("id").asText());
        assertThat(body.get("status").asText()).isEqualTo("WAITING_FOR_ACCOUNT");
        assertThat(body.get("requestedBy").asText()).isEqualTo("helen");
        assertThat(body.get("hasPicture").asBoolean()).isFalse();
        assertThat(body.at("/evidence/records").asInt()).isEqualTo(1);

        HttpResponse<String> list = helen().get("/api/onboardings?status=WAITING_FOR_ACCOUNT");
        assertThat(list.body()).contains(body.get("id").asText());
        assertThat(TestHttp.as(port, "paula", "demo").get("/api/onboardings/" + body.get("id").asText()).statusCode())
            .isEqualTo(200);
    }

    @Test
    void aSecondActiveOnboardingOfTheNewHireIsAConflictNamingTheFirst() throws Exception {
        String first = JSON.readTree(helen().postJson("/api/onboardings", request(NORA, null)).body())
            .get("id")
            .asText();

        HttpResponse<String> second = helen().postJson("/api/onboardings", request(NORA.toUpperCase(), null));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(second.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:roster:problem:onboarding-exists");
        assertThat(problem.get("existingOnboarding").asText()).isEqualTo(first);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyAnswersTheSameCase() {
        java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "hr-system-0977");
        HttpResponse<String> first = helen().send("POST", "/api/onboardings", "application/json",
                request(NORA, null), key);
        HttpResponse<String> retry = helen().send("POST", "/api/onboardings", "application/json",
                request(NORA, null), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(cases()).isEqualTo(1);
        HttpResponse<String> different = helen().send("POST", "/api/onboardings", "application/json",
                request("someone.else@brightwater.example", null), key);
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.body()).contains("urn:roster:problem:idempotency-key-reused");
    }

    @Test
    void badInputIsA400NamingEachFieldAndStartsNothing() throws Exception {
        HttpResponse<String> response = helen().postJson("/api/onboardings", """
                {"email":"not-an-address","firstName":"","lastName":"Vos","jobTitle":"Mendix Developer",
                 "department":"Claims","country":"Netherlands","location":"Rotterdam","manager":"nobody-we-know",
                 "startDate":"2020-01-01"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:roster:problem:invalid-request");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "firstName",
                "manager", "startDate");
        assertThat(helen().postJson("/api/onboardings", request("x@brightwater.example", null)
            .replace("\"country\"", "\"land\"")).body()).contains("\"field\":\"land\"");
        assertThat(cases()).isZero();
    }

    @Test
    void aPictureIsCheckedBySizeAndContent() throws Exception {
        String png = Base64.getEncoder().encodeToString(PNG);
        HttpResponse<String> good = helen().postJson("/api/onboardings",
                request(NORA, "{\"contentType\":\"image/png\",\"base64\":\"" + png + "\"}"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(good.body());
        assertThat(body.get("hasPicture").asBoolean()).isTrue();
        HttpResponse<String> picture = helen().get("/api/onboardings/" + body.get("id").asText() + "/picture");
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");

        String text = Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(fieldsOf(helen().postJson("/api/onboardings",
                request("a@brightwater.example", "{\"contentType\":\"image/png\",\"base64\":\"" + text + "\"}"))))
            .containsExactly("picture");
        assertThat(fieldsOf(helen().postJson("/api/onboardings",
                request("b@brightwater.example", "{\"contentType\":\"image/jpeg\",\"base64\":\"" + png + "\"}"))))
            .containsExactly("picture.contentType");
        byte[] huge = Arrays.copyOf(PNG, 3 * 1024 * 1024);
        assertThat(fieldsOf(helen().postJson("/api/onboardings", request("c@brightwater.example",
                "{\"contentType\":\"image/png\",\"base64\":\"" + Base64.getEncoder().encodeToString(huge) + "\"}"))))
            .containsExactly("picture");
        assertThat(fieldsOf(helen().postJson("/api/onboardings",
                request("d@brightwater.example", "{\"base64\":\"not base64!\"}"))))
            .containsExactly("picture.base64");
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void multipartWithThePictureAsAFile() throws Exception {
        HttpResponse<String> response = multipart(request(NORA, null), PNG, "image/png");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("hasPicture").asBoolean()).isTrue();
        assertThat(fieldsOf(multipart(request("e@brightwater.example", null), "GIF89a".getBytes(), "image/gif")))
            .containsExactly("picture");
    }

    @Test
    void previewShowsThePlanAndStartsNothing() throws Exception {
        int before = cases(); // other test classes share this context
        HttpResponse<String> response = helen().postJson("/api/onboardings/preview", request(NORA, null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = JSON.readTree(response.body());
        assertThat(preview.get("accountState").asText()).isEqualTo("NONE");
        assertThat(preview.get("plan").findValuesAsText("kind")).contains("TEAM", "ENVIRONMENT", "STEP");
        assertThat(preview.get("steps").get(0).asText()).startsWith("E-mail the sign-up instructions");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void cancelAnswers202_thenTheCaseEndsCancelled_andASecondCancelIsAConflict() throws Exception {
        String id = JSON.readTree(helen().postJson("/api/onboardings", request(NORA, null)).body()).get("id").asText();

        HttpResponse<String> cancel = helen().send("DELETE", "/api/onboardings/" + id + "?reason=offer%20withdrawn",
                null, null, java.util.Map.of());
        assertThat(cancel.statusCode()).isEqualTo(202);
        runJobs();

        JsonNode after = JSON.readTree(helen().get("/api/onboardings/" + id).body());
        assertThat(after.get("status").asText()).isEqualTo("CANCELLED");
        HttpResponse<String> again = helen().send("DELETE", "/api/onboardings/" + id, null, null, java.util.Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(helen().get("/api/onboardings/" + id + "/evidence").body()).contains("onboarding.cancel-requested")
            .contains("\"intact\":true");
    }

    @Test
    void aPlatformOutageDuringAPreviewIsA503() {
        org.mockito.Mockito.when(platform.findAccount(NORA)).thenThrow(new io.roster.mendix.MendixUnavailableException(
                io.roster.mendix.MendixApi.USER_IDENTIFIERS, "get-user-identifiers", 503, "ring-balancer", null));

        HttpResponse<String> response = helen().postJson("/api/onboardings/preview", request(NORA, null));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("urn:roster:problem:platform-unavailable");
    }

    @Test
    void cancellingAnOnboardingWhoseProcessWasEndedInCockpitIsAConflict() throws Exception {
        String id = JSON.readTree(helen().postJson("/api/onboardings", request(NORA, null)).body()).get("id").asText();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
            .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "ended by an admin"));

        HttpResponse<String> cancel = helen().send("DELETE", "/api/onboardings/" + id, null, null, java.util.Map.of());
        assertThat(cancel.statusCode()).isEqualTo(409);
        assertThat(cancel.body()).contains("urn:roster:problem:onboarding-ended");
    }

    @Test
    void onlyHrStartsOnboardings() {
        assertThat(TestHttp.as(port, "mark", "demo").postJson("/api/onboardings", request(NORA, null)).statusCode())
            .isEqualTo(403);
        assertThat(TestHttp.as(port, "paula", "demo").postJson("/api/onboardings", request(NORA, null))
            .statusCode()).isEqualTo(403);
    }

    private List<String> fieldsOf(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("errors").findValuesAsText("field");
    }

    private int cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM onboarding_case WHERE active_email IS NOT NULL",
                Integer.class);
    }

    private void runJobs() {
        TestJobs.runDue(management);
    }

    private HttpResponse<String> multipart(String json, byte[] picture, String type) throws Exception {
        String boundary = "roster-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"onboarding\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"nora.png\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(picture);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/onboardings"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("helen:demo".getBytes()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

}
