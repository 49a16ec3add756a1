package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection per API: seeded error rates that repeat exactly, added latency, stalls that outlast the client's
 * timeout while the platform still does the work, a rate limit answered with 429 and {@code Retry-After}, and outages
 * for a while. Each shows in the journal.
 */
class SandboxFaultTests {

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    @AfterEach
    void clearFaults() {
        sandbox.admin().delete("/sandbox/admin/faults");
    }

    private String project() {
        return "/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE);
    }

    @Test
    void aSeededErrorRateFailsTheSameCallsEveryTime() {
        sandbox.faults("projects", "{\"errorRate\":0.5,\"seed\":42}");
        List<Integer> first = statuses(20);
        sandbox.faults("projects", "{\"errorRate\":0.5,\"seed\":42}");
        List<Integer> second = statuses(20);
        assertThat(second).isEqualTo(first);
        assertThat(first).contains(200, 503).containsOnly(200, 503);

        sandbox.faults("projects", "{\"errorRate\":0.5,\"seed\":7}");
        assertThat(statuses(20)).as("another seed, other calls fail").isNotEqualTo(first);

        sandbox.faults("projects", "{\"errorRate\":1}");
        SandboxClient.Exchange failed = service.get(project());
        assertThat(failed.json().at("/error/code").asInt()).as("the API's own error body").isEqualTo(503);
        assertThat(sandbox.journalSince(since)).last().satisfies(entry -> {
            assertThat(entry.get("fault").asText()).isEqualTo("error");
            assertThat(entry.get("outcome").asText()).isEqualTo("failed");
        });
    }

    private List<Integer> statuses(int calls) {
        List<Integer> statuses = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            statuses.add(service.get(project()).status());
        }
        return statuses;
    }

    @Test
    void latencySlowsEveryCallOfTheApi() {
        sandbox.faults("deploy", "{\"latency\":\"PT0.3S\"}");
        long started = System.nanoTime();
        assertThat(service.get("/sandbox/cloud/api/v4/apps").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(sandbox.journalSince(since)).singleElement().satisfies(entry -> {
            assertThat(entry.get("fault").asText()).isEqualTo("latency");
            assertThat(entry.get("durationMillis").asLong()).isGreaterThanOrEqualTo(300);
        });
    }

    @Test
    void aStalledCallIsCarriedOutButAnsweredTooLate() {
        sandbox.faults("user-deactivation", "{\"stallRate\":1,\"stall\":\"PT2S\"}");
        SandboxClient.Caller impatient = service.timeout(Duration.ofMillis(500));
        assertThatThrownBy(() -> impatient.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA),
                "{\"active\":false}"))
            .isInstanceOf(UncheckedIOException.class)
            .hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.member(SOFIA).get("active").asBoolean()).as("the platform did it").isFalse();
        JsonNode entry = await().atMost(Duration.ofSeconds(5))
            .until(() -> sandbox.journalSince(since), journal -> !journal.isEmpty())
            .get(0);
        assertThat(entry.get("fault").asText()).isEqualTo("stall");
        assertThat(entry.get("status").asInt()).isEqualTo(204);
        assertThat(entry.get("durationMillis").asLong()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void aRateLimitAnswers429WithRetryAfter() throws InterruptedException {
        sandbox.faults("projects", "{\"rateLimit\":1}");
        assertThat(service.get(project()).status()).isEqualTo(200);
        SandboxClient.Exchange limited = service.get(project());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.body()).isEqualTo("{\"message\":\"API rate limit exceeded\"}");
        assertThat(service.get("/sandbox/cloud/api/v4/apps").status()).as("other APIs have their own budget")
            .isEqualTo(200);
        Thread.sleep(1100);
        assertThat(service.get(project()).status()).isEqualTo(200);
        assertThat(sandbox.journalSince(since)).filteredOn(entry -> entry.get("status").asInt() == 429)
            .singleElement()
            .satisfies(entry -> {
                assertThat(entry.get("fault").asText()).isEqualTo("rate-limit");
                assertThat(entry.get("outcome").asText()).isEqualTo("rate-limited");
            });
    }

    @Test
    void anOutageLastsForItsPeriodOnly() {
        sandbox.faults("audit-logging", "{\"outage\":\"PT1S\"}");
        SandboxClient.Exchange down = service.get("/sandbox/audit/v1/logs");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().at("/error/status").asInt()).isEqualTo(503);
        assertThat(service.get(project()).status()).as("only the audit API is down").isEqualTo(200);
        await().atMost(Duration.ofSeconds(3))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> service.get("/sandbox/audit/v1/logs").status() == 200);
        assertThat(sandbox.journalSince(since)).filteredOn(entry -> entry.path("fault").asText().equals("outage"))
            .isNotEmpty()
            .allSatisfy(entry -> assertThat(entry.get("status").asInt()).isEqualTo(503));
    }

    @Test
    void theUserDeactivationGatewayAnswersAnOutageInItsOwnWords() {
        sandbox.faults("user-deactivation", "{\"outage\":\"PT1M\"}");
        SandboxClient.Exchange down = service.patch("/sandbox/users-status/v1/platform-users/" + userId(SOFIA),
                "{\"active\":false}");
        assertThat(down.json().get("message").asText()).isEqualTo("failure to get a peer from the ring-balancer");
        assertThat(sandbox.member(SOFIA).get("active").asBoolean()).as("nothing happened").isTrue();
    }

    @Test
    void faultsForAllApisAreShownClearedAndChecked() {
        assertThat(sandbox.admin().put("/sandbox/admin/faults", "{\"errorRate\":1,\"errorStatus\":502,\"seed\":1}")
            .status()).isEqualTo(200);
        assertThat(service.get(project()).status()).isEqualTo(502);
        assertThat(sandbox.serviceKey().get("/sandbox/usermanagement/legacy-api/1/users").json().get("errorCode")
            .asText()).isEqualTo("SERVICE_UNAVAILABLE");
        JsonNode shown = sandbox.admin().get("/sandbox/admin/faults").json();
        assertThat(shown.size()).isEqualTo(7);
        assertThat(shown.at("/projects/seed").asLong()).isEqualTo(1);
        assertThat(shown.at("/projects/settings/errorStatus").asInt()).isEqualTo(502);

        assertThat(sandbox.admin().delete("/sandbox/admin/faults/projects").status()).isEqualTo(204);
        assertThat(service.get(project()).status()).isEqualTo(200);
        assertThat(sandbox.admin().get("/sandbox/admin/faults").json().has("projects")).isFalse();
        sandbox.reset();
        assertThat(sandbox.admin().get("/sandbox/admin/faults").json().size()).as("a reset clears them").isZero();

        assertThat(sandbox.admin().put("/sandbox/admin/faults/projects", "{\"errorRate\":2}").status())
            .isEqualTo(400);
        assertThat(sandbox.admin().put("/sandbox/admin/faults/projects", "{\"errorStatus\":404}").status())
            .isEqualTo(400);
        assertThat(sandbox.admin().put("/sandbox/admin/faults/teams", "{\"errorRate\":1}").status()).isEqualTo(404);
        SandboxClient.Exchange misspelt = sandbox.admin().put("/sandbox/admin/faults/projects", "{\"errorrate\":1}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("detail").asText()).startsWith("Unknown fault setting errorrate");
        assertThat(sandbox.admin().put("/sandbox/admin/faults/projects", "{\"latency\":\"soon\"}").status())
            .isEqualTo(400);
        JsonNode unseeded = sandbox.admin().put("/sandbox/admin/faults/projects", "{\"stallRate\":0}").json();
        assertThat(unseeded.at("/projects/seed").isNumber()).as("a seed is chosen and shown").isTrue();
    }

}
