package io.roster.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * Someone creates a free app in the Portal; answers its id.
     *
     * @param team e-mail to project role name
     * @param training whether its purpose is Training
     */
    String createApp(String name, String technicalContact, Map<String, String> team, boolean training)
            throws Exception {
        ObjectNode app = JSON.createObjectNode()
            .put("name", name)
            .put("license", "FREE")
            .put("technicalContact", technicalContact);
        app.set("team", JSON.valueToTree(team));
        app.set("categories", JSON.valueToTree(training ? Map.of("Purpose", "TRN") : Map.of("Purpose", "INT")));
        HttpResponse<String> created = admin().postJson("/sandbox/admin/apps", app.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("app " + name + " not created: " + created.body());
        }
        return JSON.readTree(created.body()).get("appId").asText();
    }

    /** The app as the platform has it now, or null once it is deleted. */
    JsonNode app(String appId) throws Exception {
        HttpResponse<String> app = admin().get("/sandbox/admin/state/apps/" + appId);
        return app.statusCode() == 404 ? null : JSON.readTree(app.body());
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
                Map.of()).statusCode();
        if (status >= 300) {
            throw new IllegalStateException("faults for " + api + " not set: " + status);
        }
    }

    void clearFaults() {
        admin().send("DELETE", "/sandbox/admin/faults", null, null, Map.of());
    }

    @Override
    public void close() {
        process.stop();
    }

}
