package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone platform keeps its state, audit log and journal in its state directory: stopped and started again
 * on the same directory, everything is back. Two platforms cannot share a directory.
 */
class SandboxPersistenceTests {

    @TempDir
    Path stateDir;

    private SandboxServer start() {
        return SandboxServer.start("roster.sandbox.state-dir=" + stateDir);
    }

    @Test
    void stateAuditLogAndJournalSurviveARestart() throws Exception {
        String nina;
        String snapshotId;
        List<JsonNode> journalBefore;
        try (SandboxServer first = start()) {
            SandboxClient sandbox = first.client();
            SandboxClient.Caller service = sandbox.service();
            service.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");
            service.delete("/sandbox/projects/v2/projects/" + appId(SOFIA_TRAINING));
            service.post("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE) + "/members",
                    newMember(NOAH, DEVELOPER));
            snapshotId = sandbox.serviceKey()
                .post(snapshots(CLAIMS_INTAKE, "Production"), "{\"comment\":\"keep\"}")
                .json()
                .get("snapshot_id")
                .asText();
            nina = sandbox.admin()
                .post("/sandbox/admin/signups", "{\"email\":\"" + NINA + "\",\"name\":\"Nina Novak\"}")
                .json()
                .get("userId")
                .asText();
            sandbox.admin().put("/sandbox/admin/apps/" + appId(POLICY_ADMIN_PORTAL) + "/failing-snapshots", null);
            journalBefore = sandbox.journalSince(0);
        }
        assertThat(stateDir.resolve("state.json")).exists();
        assertThat(stateDir.resolve("audit.jsonl")).exists();
        assertThat(stateDir.resolve("journal.jsonl")).exists();

        try (SandboxServer second = start()) {
            SandboxClient sandbox = second.client();
            assertThat(sandbox.journalSince(0)).isEqualTo(journalBefore);
            assertThat(sandbox.member(SOFIA).get("active").asBoolean()).isFalse();
            assertThat(sandbox.member(NINA).get("userId").asText()).isEqualTo(nina);
            assertThat(sandbox.admin().get("/sandbox/admin/state/apps/" + appId(SOFIA_TRAINING)).status())
                .isEqualTo(404);
            assertThat(sandbox.app(appId(CLAIMS_INTAKE)).get("team"))
                .anyMatch(member -> member.get("email").asText().equals(NOAH));
            assertThat(sandbox.app(appId(POLICY_ADMIN_PORTAL)).get("failingSnapshots").asBoolean()).isTrue();
            assertThat(sandbox.serviceKey()
                .get(snapshots(CLAIMS_INTAKE, "Production") + "/" + snapshotId)
                .json()
                .get("state")
                .asText()).as("the snapshot taken before the restart").isIn("queued", "running", "completed");
            assertThat(sandbox.service().get("/sandbox/audit/v1/logs").json().get("items"))
                .extracting(item -> item.at("/event/action").asText())
                .containsExactly("Deactivate user", "Delete project", "Add team member", "Create backup");
            assertThat(sandbox.journalSince(journalBefore.size())).as("the journal goes on where it was")
                .extracting(entry -> entry.get("sequence").asLong())
                .containsExactly(journalBefore.size() + 1L, journalBefore.size() + 2L);
            // and it goes on to completion after the restart
            org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sandbox.serviceKey()
                    .get(snapshots(CLAIMS_INTAKE, "Production") + "/" + snapshotId)
                    .json()
                    .get("state")
                    .asText(), "completed"::equals);
        }
    }

    @Test
    void aResetReturnsTheDirectoryToTheFixture() {
        try (SandboxServer server = start()) {
            SandboxClient sandbox = server.client();
            sandbox.service().patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA), "{\"active\":false}");
            sandbox.reset();
        }
        try (SandboxServer server = start()) {
            SandboxClient sandbox = server.client();
            assertThat(sandbox.member(SOFIA).get("active").asBoolean()).isTrue();
            assertThat(sandbox.service().get("/sandbox/audit/v1/logs").json().get("items")).isEmpty();
            assertThat(sandbox.journalSince(0)).as("the journal goes on").hasSize(2);
        }
    }

    @Test
    void twoPlatformsCannotShareADirectory() {
        try (SandboxServer running = start()) {
            assertThatThrownBy(this::start).rootCause()
                .hasMessageContaining("Another sandbox platform is using " + stateDir);
            assertThat(running.client().member(SOFIA).get("active").asBoolean()).isTrue();
        }
    }

    @Test
    void aTornLastLineOfTheJournalIsSkipped() throws Exception {
        try (SandboxServer server = start()) {
            server.client().service().get("/sandbox/cloud/api/v4/apps");
        }
        Files.writeString(stateDir.resolve("journal.jsonl"), "{\"sequence\":2,\"ti", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (SandboxServer server = start()) {
            assertThat(server.client().journalSince(0)).hasSize(1);
        }
    }

    @Test
    void aStateOfAnotherFormatIsRefusedNotMisread() throws Exception {
        try (SandboxServer server = start()) {
            server.client().member(SOFIA);
        }
        Path state = stateDir.resolve("state.json");
        Files.writeString(state,
                Files.readString(state).replaceFirst("\"formatVersion\"\\s*:\\s*1", "\"formatVersion\":99"));
        assertThatThrownBy(this::start).rootCause().hasMessageContaining("has format 99");
    }

}
