package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.snapshots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backups API v2: a snapshot goes queued, running, completed (or failed, for an app set to fail) as time passes; an
 * environment takes one at a time; the caller needs backup and API rights there; free apps have no backups.
 */
class SandboxBackupsTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.serviceKey();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    @Test
    void aSnapshotIsQueuedThenRunsThenCompletes() {
        String snapshots = snapshots(POLICY_ADMIN_PORTAL, "Production");
        SandboxClient.Exchange created = service.post(snapshots, "{\"comment\":\"before offboarding sofia\"}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode queued = created.json();
        assertThat(queued.get("state").asText()).isEqualTo("queued");
        assertThat(queued.get("comment").asText()).isEqualTo("before offboarding sofia");
        assertThat(queued.get("finished_at").isNull()).isTrue();
        assertThat(queued.get("status_message").isNull()).isTrue();
        assertThat(queued.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        String snapshot = snapshots + "/" + queued.get("snapshot_id").asText();

        await().atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> service.get(snapshot).json().get("state").asText().equals("running"));
        JsonNode completed = await().atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> service.get(snapshot).json(), answer -> answer.get("state").asText().equals("completed"));
        assertThat(completed.get("status_message").asText()).isEqualTo("Completed backup creation");
        assertThat(completed.get("finished_at").asText()).isEqualTo(completed.get("updated_at").asText());
        assertThat(completed.get("model_version").asText()).isNotEmpty();

        JsonNode list = service.get(snapshots).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.at("/snapshots/0/snapshot_id").asText()).isEqualTo(queued.get("snapshot_id").asText());
        assertThat(list.get("limit").asInt()).isEqualTo(100);
    }

    @Test
    void snapshotsOfAnAppSetToFailEndFailed() {
        sandbox.admin().put("/sandbox/admin/apps/" + appId(CLAIMS_INTAKE) + "/failing-snapshots", null);
        String snapshots = snapshots(CLAIMS_INTAKE, "Production");
        String failing = snapshots + "/" + service.post(snapshots, "{}").json().get("snapshot_id").asText();
        JsonNode failed = await().atMost(Duration.ofSeconds(5))
            .until(() -> service.get(failing).json(), answer -> answer.get("state").asText().equals("failed"));
        assertThat(failed.get("status_message").asText()).startsWith("Backup creation failed");

        sandbox.admin().delete("/sandbox/admin/apps/" + appId(CLAIMS_INTAKE) + "/failing-snapshots");
        String next = snapshots + "/" + service.post(snapshots, "{}").json().get("snapshot_id").asText();
        await().atMost(Duration.ofSeconds(5))
            .until(() -> service.get(next).json().get("state").asText().equals("completed"));
        assertThat(service.get(snapshots).json().get("snapshots")).extracting(s -> s.get("state").asText())
            .containsExactly("completed", "failed");
    }

    @Test
    void anEnvironmentTakesOneSnapshotAtATime() {
        String snapshots = snapshots(CLAIMS_INTAKE, "Acceptance");
        String first = snapshots + "/" + service.post(snapshots, "{}").json().get("snapshot_id").asText();
        SandboxClient.Exchange busy = service.post(snapshots, "{}");
        assertThat(busy.status()).isEqualTo(400);
        assertThat(busy.json().get("errorCode").asText()).isEqualTo("ENVIRONMENT_BUSY");
        assertThat(service.post(snapshots(CLAIMS_INTAKE, "Production"), "{}").status()).as("another environment")
            .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
            .until(() -> service.get(first).json().get("state").asText().equals("completed"));
        assertThat(service.post(snapshots, null).status()).as("a comment is optional").isEqualTo(200);
    }

    @Test
    void theCallerNeedsBackupAndApiRightsInTheEnvironment() {
        SandboxClient.Caller mark = sandbox.apiKey(MARK, MARK_API_KEY);
        SandboxClient.Exchange production = mark.post(snapshots(CLAIMS_INTAKE, "Production"), "{}");
        assertThat(production.status()).isEqualTo(403);
        assertThat(production.json().get("errorCode").asText()).isEqualTo("NO_ACCESS");
        assertThat(production.json().get("errorMessage").asText())
            .isEqualTo("The user does not have access to the backups of this environment.");
        assertThat(mark.post(snapshots(CLAIMS_INTAKE, "Acceptance"), "{}").status()).isEqualTo(200);
        assertThat(mark.get(snapshots(CLAIMS_INTAKE, "Acceptance")).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void freeAppsHaveNoBackups() {
        SandboxClient.Exchange refused = service.post(snapshots(SOFIA_TRAINING, "Free App"), "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorCode").asText()).isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void unknownEnvironmentsAndSnapshotsAreNotFound() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        SandboxClient.Exchange environment = service.get("/sandbox/deploy/api/v2/apps/" + appId(CLAIMS_INTAKE)
                + "/environments/" + environmentId(POLICY_ADMIN_PORTAL, "Production") + "/snapshots");
        assertThat(environment.status()).isEqualTo(404);
        assertThat(environment.json().get("errorCode").asText()).isEqualTo("ENVIRONMENT_NOT_FOUND");
        SandboxClient.Exchange snapshot = service.get(snapshots(CLAIMS_INTAKE, "Production") + "/" + unknown);
        assertThat(snapshot.status()).isEqualTo(404);
        assertThat(snapshot.json().get("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(service.get(snapshots(CLAIMS_INTAKE, "Production") + "?offset=-1").json().get("errorCode").asText())
            .isEqualTo("INVALID_PARAMETERS");
    }

    @Test
    void aSnapshotIsAuditedAndJournaledWithItsAppEnvironmentAndReportedState() {
        String snapshot = snapshots(CLAIMS_INTAKE, "Production") + "/" + service
            .post(snapshots(CLAIMS_INTAKE, "Production"), "{\"comment\":\"nightly\"}")
            .json()
            .get("snapshot_id")
            .asText();
        await().atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> service.get(snapshot).json().get("state").asText().equals("completed"));
        JsonNode audit = sandbox.service().get("/sandbox/audit/v1/logs?resourceType=Backup").json();
        assertThat(audit.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("internalService").asText()).isEqualTo("Backups");
            assertThat(item.at("/event/context/contextId").asText())
                .isEqualTo(environmentId(CLAIMS_INTAKE, "Production"));
            assertThat(item.at("/client/userAccountEmail").asText()).isEqualTo(SERVICE);
        });
        List<JsonNode> backups = sandbox.journalSince(since)
            .stream()
            .filter(entry -> entry.get("api").asText().equals("backups"))
            .toList();
        assertThat(backups).first().satisfies(entry -> {
            assertThat(entry.get("operation").asText()).isEqualTo("create-snapshot");
            assertThat(entry.get("app").asText()).isEqualTo(appId(CLAIMS_INTAKE));
            assertThat(entry.get("environment").asText()).isEqualTo(environmentId(CLAIMS_INTAKE, "Production"));
            assertThat(entry.get("state").asText()).isEqualTo("queued");
        });
        assertThat(backups.subList(1, backups.size())).as("the polls, with what each answered")
            .allMatch(entry -> entry.get("operation").asText().equals("get-snapshot"))
            .extracting(entry -> entry.get("state").asText())
            .endsWith("completed");
    }

}
