package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;
import io.roster.process.JsonVariables;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit API over real HTTP, with the sandbox platform, the demo directory (LDAP in process) and H2: export upload,
 * an access review down to the offboarding it starts, the reports as an auditor downloads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the crawl's many calls at the sandbox need not wait for the real platform's budget here
        properties = { "roster.mendix.apis.projects.requests-per-second=100",
                "roster.mendix.apis.deploy.requests-per-second=100" })
class AccessReviewApiTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.roster.offboarding.TerminationStarter terminations;

    @AfterEach
    void endEverything() {
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .list()
            .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "test over"));
        jdbc.update("UPDATE offboarding_case SET active_email = NULL");
    }

    HttpResponse<String> upload(String user, byte[] file, String fileName) throws Exception {
        return ExportUpload.upload(port, user, file, fileName);
    }

    byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theExportIsImportedWithWhatReadingItFound() throws Exception {
        HttpResponse<String> response = upload("paula", BrightwaterExport.xlsx(), "members.xlsx");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode imported = JSON.readTree(response.body());
        assertThat(imported.at("/reading/members").asInt()).isEqualTo(60);
        assertThat(imported.at("/reading/missingColumns").toString()).isEqualTo("[\"NumberOfApps\",\"Location\"]");
        JsonNode latest = JSON.readTree(TestHttp.as(port, "audrey", "demo").get(ControlCenterExportController.PATH).body());
        assertThat(latest.path("id").asText()).isEqualTo(imported.path("id").asText());
        assertThat(latest.path("importedBy").asText()).isEqualTo("paula");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndTheLatestExportStays() throws Exception {
        upload("paula", BrightwaterExport.xlsx(), "members.xlsx");

        HttpResponse<String> response = upload("paula", "Email\nx@y.example\n".getBytes(), "members.csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urn:roster:problem:export-unreadable");
        JsonNode latest = JSON.readTree(TestHttp.as(port, "paula", "demo").get(ControlCenterExportController.PATH).body());
        assertThat(latest.at("/reading/members").asInt()).isEqualTo(60);
    }

    @Test
    void anAuditorMayNotUploadOrStartAReview() throws Exception {
        assertThat(upload("audrey", BrightwaterExport.xlsx(), "members.xlsx").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "audrey", "demo").postJson("/api/access-reviews", "").statusCode())
            .isEqualTo(403);
    }

    @Test
    void aReviewFindsTheLeaversAndOffboardsTheConfirmedOne() throws Exception {
        upload("paula", BrightwaterExport.xlsx(), "members.xlsx");

        HttpResponse<String> started = TestHttp.as(port, "paula", "demo").postJson("/api/access-reviews", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String reviewId = JSON.readTree(started.body()).path("id").asText();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/access-reviews/" + reviewId);
        runJobs(reviewId);

        JsonNode review = JSON.readTree(TestHttp.as(port, "audrey", "demo").get("/api/access-reviews/" + reviewId).body());
        assertThat(review.path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(review.path("orphanCount").asInt()).isEqualTo(2);
        assertThat(review.path("braked").asBoolean()).isFalse();

        String findings = new String(download("audrey", "/api/access-reviews/" + reviewId + "/findings.csv"),
                StandardCharsets.UTF_8);
        assertThat(findings).startsWith("Finding,Email,Name,UUID,DirectoryId,Detail")
            .contains("ORPHAN_DISABLED_IN_DIRECTORY,xander.vos@brightwater.example")
            .contains("ORPHAN_MISSING_IN_DIRECTORY,umar.farooq@brightwater.example")
            .contains("EXTERNAL,jan.devries@northwind-consulting.example")
            .contains("BACKUP_ACCESS,jan.devries@northwind-consulting.example");
        assertThat(findings).doesNotContain("ORPHAN_DISABLED_IN_DIRECTORY,greta.schmidt");

        confirm(reviewId, "paula", List.of("xander.vos@brightwater.example"));

        assertThat(jdbc.queryForList("SELECT leaver_email FROM offboarding_case WHERE hr_reference = ?", String.class,
                "access review " + reviewId)).containsExactly("xander.vos@brightwater.example");
        assertThat(engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("offboarding")
            .variableValueEquals("leaverEmail", "xander.vos@brightwater.example")
            .variableValueEquals("termination", true)
            .count()).isEqualTo(1);
        review = JSON.readTree(TestHttp.as(port, "audrey", "demo").get("/api/access-reviews/" + reviewId).body());
        assertThat(review.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(review.path("offboardings").asInt()).isEqualTo(1);

        // the job retried (as after a crash before its commit): the same case, nothing started twice
        var again = terminations.terminate("xander.vos@brightwater.example", "paula", "access review " + reviewId,
                "paula", "access-review:" + reviewId + ":xander.vos@brightwater.example");
        assertThat(again.started()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM offboarding_case WHERE leaver_email = ?", Integer.class,
                "xander.vos@brightwater.example")).isEqualTo(1);
    }

    @Test
    void theReportsListEveryMemberAndEveryEnvironmentsBackupAccess() throws Exception {
        upload("paula", BrightwaterExport.xlsx(), "members.xlsx");
        String reviewId = JSON.readTree(TestHttp.as(port, "pete", "demo").postJson("/api/access-reviews", "").body())
            .path("id")
            .asText();
        runJobs(reviewId);

        String inventory = new String(download("audrey", "/api/reports/member-inventory.csv"), StandardCharsets.UTF_8);
        String paula = inventory.lines().filter(line -> line.startsWith("paula.perez@")).findFirst().orElseThrow();
        assertThat(paula).contains("Paula Perez,Active,Internal,Expert")
            .contains(",2017-05-12,Yes,")
            .contains("\"'=HYPERLINK(")
            .contains("no source: empty or no column in the Control Center export")
            .contains("af05dae4-bfb2-5db0-87dc-55c2bbea1c5d");
        String jan = inventory.lines().filter(line -> line.startsWith("jan.devries@")).findFirst().orElseThrow();
        assertThat(jan).contains("External").contains("Northwind Consulting").contains("Policy Admin Portal (Developer)");
        assertThat(inventory.lines().count()).isEqualTo(61);
        assertThat(inventory.lines().filter(line -> line.startsWith("oliver.olsen@")).findFirst().orElseThrow())
            .contains("Policy Admin Portal (Scrum Master; Technical Contact)");

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download("audrey", "/api/reports/member-inventory.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Email");
            assertThat(sheet.getLastRowNum()).isEqualTo(60);
        }

        String backups = new String(download("paula", "/api/reports/backup-access.csv"), StandardCharsets.UTF_8);
        assertThat(backups).startsWith("App,AppId,Environment,EnvironmentId,Production,Member,CanManageBackups,"
                + "CanAccessApi,ProjectRole,RoleAllowsBackups,RoleAllowsApi")
            // granted beyond what her project role allows: the audit's point
            .containsPattern("Policy Admin Portal,[^,]+,Production,[^,]+,Yes,greta.schmidt@brightwater.example,Yes,Yes,"
                    + "Business Engineer,No,No")
            .containsPattern("Policy Admin Portal,[^,]+,Acceptance,[^,]+,No,jan.devries@northwind-consulting.example,"
                    + "Yes,Yes,Developer,Yes,Yes");
    }

    @Test
    void aReportInAnUnknownFormatIsAProblem() {
        HttpResponse<String> response = TestHttp.as(port, "audrey", "demo").get("/api/reports/member-inventory.pdf");

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).contains("urn:roster:problem:");
    }

    void confirm(String reviewId, String user, List<String> emails) {
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reviewId).singleResult();
        engine.getIdentityService().setAuthentication(user, List.of("platform-admins"));
        try {
            engine.getTaskService()
                .complete(task.getId(), Map.of(AccessReviewProcess.Var.CONFIRMED_ORPHANS, JsonVariables.of(emails),
                        AccessReviewProcess.Var.OVERRIDE_BRAKE, false));
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
        runJobs(reviewId);
    }

    void runJobs(String reviewId) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(reviewId)
                    .list()
                    .stream()
                    .findFirst()
                    .map(i -> i.getId())
                    .orElse("none"))
                .messages()
                .executable()
                .list();
            if (jobs.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
    }

}
