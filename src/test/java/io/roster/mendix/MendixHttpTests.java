package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/**
 * What every client shares: timeouts, no answer, 429 handling with {@code Retry-After}, the shared rate budget, base
 * URLs resolved at the first call. Measured against a stub, with the User Deactivation and Deploy clients as examples.
 */
class MendixHttpTests {

    static final String USER = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    static final String DEACTIVATION = "/users-status/v1/platform-users/" + USER;

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients = new TestClients(stub.baseUrl());

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    // --- no answer ---

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsUnavailable() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).willReturn(aResponse().withStatus(204).withFixedDelay(3000)));
        UserDeactivationClient deactivation = clients.readTimeout(Duration.ofMillis(300)).factory().userDeactivation();

        long started = System.nanoTime();
        assertThatThrownBy(() -> deactivation.deactivate(USER)).isInstanceOfSatisfying(MendixUnavailableException.class,
                failure -> assertThat(failure.status()).isZero())
            .hasMessageStartingWith("User Deactivation API deactivate account: no answer: ")
            .hasMessageEndingWith("timed out waiting for the answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        UserDeactivationClient deactivation = new TestClients("http://localhost:" + closedPort).factory()
            .userDeactivation();

        assertThatThrownBy(() -> deactivation.deactivate(USER)).isInstanceOf(MendixUnavailableException.class)
            .hasMessageStartingWith("User Deactivation API deactivate account: no answer: ")
            .hasMessageContaining("connection failed");
    }

    // --- 503 ---

    static final String PEER_RING = "{\"message\":\"failure to get a peer from the ring-balancer\","
            + "\"request_id\":\"960c04249094f36ecf89252924e61571\"}";

    @Test
    void a503IsTriedAgainAfterAShortWait() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).inScenario("503")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("answered once")
            .willReturn(json(503, PEER_RING)));
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).inScenario("503")
            .whenScenarioStateIs("answered once")
            .willReturn(aResponse().withStatus(204)));

        clients.factory().userDeactivation().deactivate(USER);

        List<ServeEvent> calls = served();
        assertThat(calls).hasSize(2);
        assertThat(gap(calls.get(0), calls.get(1))).isBetween(Duration.ofMillis(200), Duration.ofMillis(1500));
    }

    @Test
    void aPlatformThatStaysAt503EndsUnavailableAfterThreeAttempts() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).willReturn(json(503, PEER_RING)));

        assertThatThrownBy(() -> clients.factory().userDeactivation().deactivate(USER))
            .isInstanceOf(MendixUnavailableException.class)
            .hasMessage("User Deactivation API deactivate account: unavailable (HTTP 503): failure to get a peer from "
                    + "the ring-balancer");
        assertThat(served()).hasSize(MendixHttp.MAX_ATTEMPTS);
    }

    @Test
    void otherServerErrorsAreLeftToTheEngine() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).willReturn(json(500,
                "{\"error\":{\"message\":\"Internal Server Error\",\"code\":500}}")));

        assertThatThrownBy(() -> clients.factory().userDeactivation().deactivate(USER))
            .isInstanceOf(MendixUnavailableException.class);
        assertThat(served()).as("a 500 may have taken effect: asked once").hasSize(1);
    }

    // --- 429 ---

    @Test
    void a429WithRetryAfterInSecondsIsWaitedOutThenTriedAgain() {
        stubTooManyRequestsThenSuccess("2", 1);
        UserDeactivationClient deactivation = clients.factory().userDeactivation();

        deactivation.deactivate(USER);

        List<ServeEvent> calls = served();
        assertThat(calls).hasSize(2);
        assertThat(gap(calls.get(0), calls.get(1))).isBetween(Duration.ofMillis(1950), Duration.ofMillis(4000));
        assertThat(clients.meters.get("roster.mendix.too-many-requests").tag("api", "user-deactivation").counter()
            .count()).isEqualTo(1);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateIsWaitedOut() {
        // whole seconds, as HTTP dates have them
        Instant retryAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        stubTooManyRequestsThenSuccess(DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atZone(ZoneOffset.UTC)), 1);

        clients.factory().userDeactivation().deactivate(USER);

        List<ServeEvent> calls = served();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).getRequest().getLoggedDate().toInstant()).as("the retry")
            .isBetween(retryAt.minusMillis(50), retryAt.plusMillis(1500));
    }

    @Test
    void a429WithoutRetryAfterBacksOffExponentially() {
        stubTooManyRequestsThenSuccess(null, 2);

        clients.factory().userDeactivation().deactivate(USER);

        List<ServeEvent> calls = served();
        assertThat(calls).hasSize(3);
        assertThat(gap(calls.get(0), calls.get(1))).isBetween(Duration.ofMillis(950), Duration.ofMillis(2000));
        assertThat(gap(calls.get(1), calls.get(2))).isBetween(Duration.ofMillis(1950), Duration.ofMillis(3500));
    }

    @Test
    void aPlatformThatStaysAt429EndsRateLimitedAfterThreeAttempts() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION))
            .willReturn(json(429, "{\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> clients.factory().userDeactivation().deactivate(USER))
            .isInstanceOfSatisfying(MendixRateLimitedException.class,
                    limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(1)))
            .hasMessage("User Deactivation API deactivate account: rate limited, retry after 1 s (HTTP 429): "
                    + "API rate limit exceeded");
        assertThat(served()).hasSize(MendixHttp.MAX_ATTEMPTS);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void aRetryAfterBeyondTheCapIsLeftToTheEngineAndPausesEveryCaller() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION))
            .willReturn(json(429, "{\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", "120")));
        UserDeactivationClient deactivation = clients.maxRetryAfterWait(Duration.ofSeconds(20)).factory()
            .userDeactivation();

        long started = System.nanoTime();
        assertThatThrownBy(() -> deactivation.deactivate(USER)).isInstanceOfSatisfying(
                MendixRateLimitedException.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120)));
        // the next caller does not even reach the platform while it asked for the pause
        assertThatThrownBy(() -> clients.factory().userDeactivation().deactivate(USER))
            .isInstanceOfSatisfying(MendixRateLimitedException.class,
                    paused -> assertThat(paused.retryAfter()).hasValueSatisfying(
                            wait -> assertThat(wait).isBetween(Duration.ofSeconds(118), Duration.ofSeconds(120))))
            .hasMessageContaining("the platform asked Roster to pause calls to this API");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(served()).hasSize(1);
    }

    @Test
    void a429PausesEveryCallerOfThatApiButNoOtherApi() throws Exception {
        stubTooManyRequestsThenSuccess("2", 1);
        stub.stubFor(get(urlPathMatching("/cloud/api/v4/apps/.*")).willReturn(json(200, """
                {"id":"%s","name":"A","licenseType":"free","subdomain":"a","region":"eu",
                 "technicalContact":{"userId":"jane.doe@brightwater.example","name":"Jane","status":"active"}}"""
                .formatted(USER))));
        MendixClientFactory factory = clients.factory();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = callers.submit(() -> factory.userDeactivation().deactivate(USER));
            waitUntilServed(1);
            Future<?> second = callers.submit(() -> factory.userDeactivation().deactivate(USER));
            long deployStarted = System.nanoTime();
            factory.deploy().app(USER);
            assertThat(Duration.ofNanos(System.nanoTime() - deployStarted)).isLessThan(Duration.ofMillis(1000));
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        }
        finally {
            callers.shutdownNow();
        }
        List<ServeEvent> deactivations = served().stream()
            .filter(event -> event.getRequest().getUrl().startsWith("/users-status"))
            .toList();
        assertThat(deactivations).hasSize(3);
        // the 429, then both callers only after the two seconds the platform asked for
        assertThat(gap(deactivations.get(0), deactivations.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(1950));
    }

    // --- the shared rate budget ---

    @Test
    void theRateBudgetIsSharedByEveryCallerOfTheApi() throws Exception {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).willReturn(aResponse().withStatus(204)));
        MendixClientFactory factory = clients.requestsPerSecond(5).factory();
        List<Callable<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // clients built apart still share their API's budget
            UserDeactivationClient deactivation = factory.userDeactivation();
            calls.add(() -> {
                deactivation.deactivate(USER);
                return null;
            });
        }
        // one call first, so that a cold client's first requests do not arrive late and bunch up with later ones
        factory.userDeactivation().deactivate(USER);
        stub.resetRequests();
        ExecutorService callers = Executors.newFixedThreadPool(20);
        long started = System.nanoTime();
        try {
            for (Future<Void> call : callers.invokeAll(calls, 30, TimeUnit.SECONDS)) {
                call.get();
            }
        }
        finally {
            callers.shutdownNow();
        }

        // one permit every 200 ms: the twentieth waits for nineteen periods
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(3500));
        List<Long> arrivals = served().stream().map(event -> event.getRequest().getLoggedDate().getTime()).sorted()
            .toList();
        assertThat(arrivals).hasSize(20);
        assertThat(arrivals.get(19) - arrivals.get(0)).as("from the first request to the last")
            .isGreaterThanOrEqualTo(3400);
        for (int i = 0; i + 5 < arrivals.size(); i++) {
            // no burst: six requests span five periods, give or take a loaded machine's scheduling
            assertThat(arrivals.get(i + 5) - arrivals.get(i)).as("time between request %d and request %d", i, i + 5)
                .isGreaterThanOrEqualTo(600);
        }
    }

    // --- base URLs ---

    @Test
    void aBaseUrlIsResolvedAtTheFirstCallSoThatTheServerPortCanBeKnownByThen() {
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).willReturn(aResponse().withStatus(204)));
        MockEnvironment environment = new MockEnvironment();
        MendixProperties properties = new TestClients("http://localhost:${local.server.port}").properties();
        UserDeactivationClient deactivation = new MendixClientFactory(properties, environment, RestClient::builder,
                List.of(), clients.meters).userDeactivation();

        assertThatThrownBy(() -> deactivation.deactivate(USER)).isInstanceOf(MendixConfigurationException.class)
            .hasMessageContaining("roster.mendix.apis.user-deactivation.base-url")
            .hasMessageContaining("local.server.port");
        environment.setProperty("local.server.port", String.valueOf(stub.getPort()));
        deactivation.deactivate(USER);

        assertThat(served()).hasSize(1);
    }

    @Test
    void anApiWithoutBaseUrlOrCredentialsIsAConfigurationProblem() {
        MendixProperties noBaseUrls = new MendixProperties(TestClients.TOKEN, null, null, null, null, null, null, null,
                null);
        assertThatThrownBy(() -> factory(noBaseUrls).userDeactivation().deactivate(USER))
            .isInstanceOf(MendixConfigurationException.class)
            .hasMessage("User Deactivation API deactivate account: credentials not accepted: "
                    + "roster.mendix.apis.user-deactivation.base-url is not set");

        assertThatThrownBy(() -> factory(clients.token(" ").properties()).userDeactivation().deactivate(USER))
            .isInstanceOf(MendixConfigurationException.class)
            .hasMessageEndingWith("roster.mendix.token is not set");
        assertThatThrownBy(() -> factory(new TestClients("ftp://example.com").properties()).projects().project("a"))
            .isInstanceOf(MendixConfigurationException.class)
            .hasMessageContaining("is unusable: not an http(s) URL");
    }

    private MendixClientFactory factory(MendixProperties properties) {
        return new MendixClientFactory(properties, new MockEnvironment(), RestClient::builder, List.of(),
                clients.meters);
    }

    /** {@code times} 429 answers (with this {@code Retry-After}, or none), then 204. */
    private static void stubTooManyRequestsThenSuccess(String retryAfter, int times) {
        for (int i = 0; i < times; i++) {
            var answer = json(429, "{\"message\":\"API rate limit exceeded\"}");
            if (retryAfter != null) {
                answer.withHeader("Retry-After", retryAfter);
            }
            stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).inScenario("429")
                .whenScenarioStateIs(i == 0 ? STARTED : "429-" + i)
                .willSetStateTo("429-" + (i + 1))
                .willReturn(answer));
        }
        stub.stubFor(patch(urlPathEqualTo(DEACTIVATION)).inScenario("429")
            .whenScenarioStateIs("429-" + times)
            .willReturn(aResponse().withStatus(204)));
    }

    private static List<ServeEvent> served() {
        return stub.getAllServeEvents()
            .stream()
            .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
            .toList();
    }

    private static Duration gap(ServeEvent earlier, ServeEvent later) {
        return Duration.ofMillis(later.getRequest().getLoggedDate().getTime()
                - earlier.getRequest().getLoggedDate().getTime());
    }

    private static void waitUntilServed(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stub.getAllServeEvents().size() < requests && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

}
