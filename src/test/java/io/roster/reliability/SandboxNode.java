package io.roster.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;

/** The sandbox platform as its own process: its journal outlives every Roster that is killed. */
final class SandboxNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    private final JavaProcess process;

    private SandboxNode(int port, JavaProcess process) {
        this.port = port;
        this.process = process;
    }

    static SandboxNode start() {
        int port = JavaProcess.freePort();
        JavaProcess process = JavaProcess.start("sandbox", "io.roster.sandbox.SandboxPlatformApplication",
                List.of("--server.port=" + port, "--roster.sandbox.state-dir=",
                        "--roster.sandbox.snapshots.queued-for=300ms", "--roster.sandbox.snapshots.running-for=300ms",
                        "--roster.sandbox.snapshots.free-apps=true", "--logging.level.root=WARN"));
        SandboxNode node = new SandboxNode(port, process);
        process.awaitReady(() -> node.admin().get("/sandbox/admin/journal?since=0").statusCode() == 200,
                Duration.ofMinutes(2));
        return node;
    }

    int port() {
        return port;
    }

    TestHttp admin() {
        return TestHttp.as(port, "sandbox-admin", "demo");
    }

    /** A new member of the company without apps; answers the platform's user id. */
    String signUp(String email) throws Exception {
        return JSON.readTree(admin().postJson("/sandbox/admin/signups",
                "{\"email\":\"" + email + "\",\"name\":\"" + email.substring(0, email.indexOf('@')) + "\"}")
            .body()).get("userId").asText();
    }

    /** Every journal entry since the start. */
    List<JsonNode> journal() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        long since = 0;
        while (true) {
            JsonNode page = JSON.readTree(admin().get("/sandbox/admin/journal?since=" + since).body());
            page.get("entries").forEach(entries::add);
            long last = page.get("lastSequence").asLong();
            if (page.get("entries").isEmpty() || entries.get(entries.size() - 1).get("sequence").asLong() >= last) {
                return entries;
            }
            since = entries.get(entries.size() - 1).get("sequence").asLong();
        }
    }

    void faults(String api, String settings) {
        int status = admin().send("PUT", "/sandbox/admin/faults/" + api, "application/json", settings,
                java.util.Map.of()).statusCode();
        if (status >= 300) {
            throw new IllegalStateException("faults for " + api + " not set: " + status);
        }
    }

    void clearFaults() {
        admin().send("DELETE", "/sandbox/admin/faults", null, null, java.util.Map.of());
    }

    @Override
    public void close() {
        process.stop();
    }

}
