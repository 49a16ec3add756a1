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
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The token and the API key never leave Roster through a failure: not in exception messages or their causes, not in
 * the logs, even when the platform echoes them back.
 */
class MendixSecretsTests {

    static final String USER = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    final List<Logger> loggers = List.of(logger("io.roster"), logger("org.springframework.web.client"),
            logger("org.springframework.http.client"));

    TestClients clients;

    @BeforeEach
    void captureLogs() {
        clients = new TestClients(stub.baseUrl());
        logs.start();
        loggers.forEach(logger -> {
            logger.setLevel(Level.DEBUG);
            logger.addAppender(logs);
        });
    }

    @AfterEach
    void stopCapturing() {
        loggers.forEach(logger -> {
            logger.detachAppender(logs);
            logger.setLevel(null);
        });
    }

    @Test
    void aTokenEchoedByA401IsMasked() {
        stub.stubFor(patch(urlPathMatching("/users-status/.*")).willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "text/plain")
            .withBody("Supplied personal access token is invalid. Response: {\"token\":\"" + TestClients.TOKEN
                    + "\",\"header\":\"MxToken " + TestClients.TOKEN + "\"}")));

        Throwable failure = catchThrowable(() -> clients.factory().userDeactivation().deactivate(USER));

        assertThat(failure).isInstanceOf(MendixConfigurationException.class)
            .hasMessageContaining("Supplied personal access token is invalid")
            .hasMessageContaining(SecretMasker.MASK);
        assertThat(everything(failure)).doesNotContain(TestClients.TOKEN);
    }

    @Test
    void anApiKeyEchoedByA403IsMasked() {
        stub.stubFor(get(urlPathMatching("/deploy/api/v2/.*")).willReturn(json(403,
                "{\"errorCode\":\"NO_ACCESS\",\"errorMessage\":\"No access for Mendix-ApiKey: " + TestClients.API_KEY
                        + "\"}")));

        Throwable failure = catchThrowable(() -> clients.factory().backups().snapshot("app", "env", "s1"));

        assertThat(failure).isInstanceOf(MendixConfigurationException.class).hasMessageContaining("NO_ACCESS");
        assertThat(everything(failure)).doesNotContain(TestClients.API_KEY);
    }

    @Test
    void aBearerTokenOfSomeoneElseInAnErrorIsMaskedToo() {
        stub.stubFor(patch(urlPathMatching("/users-status/.*")).willReturn(json(500,
                "{\"error\":{\"message\":\"Internal Server Error\",\"detail\":\"token exchange failed for Bearer "
                        + "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl\"}}")));

        Throwable failure = catchThrowable(() -> clients.factory().userDeactivation().deactivate(USER));

        assertThat(failure).hasMessageEndingWith("token exchange failed for Bearer ******");
    }

    @Test
    void theLogsOfARateLimitedCallHoldNoSecret() {
        stub.stubFor(patch(urlPathEqualTo("/users-status/v1/platform-users/" + USER)).inScenario("429")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("ok")
            .willReturn(json(429, "{\"message\":\"API rate limit exceeded for MxToken " + TestClients.TOKEN + "\"}")
                .withHeader("Retry-After", "1")));
        stub.stubFor(patch(urlPathEqualTo("/users-status/v1/platform-users/" + USER)).inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withStatus(204)));

        clients.factory().userDeactivation().deactivate(USER);

        assertThat(logs.list).isNotEmpty()
            .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("rate limited")
                .contains("API rate limit exceeded for MxToken ******"));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
            .doesNotContain(TestClients.TOKEN)
            .doesNotContain(TestClients.API_KEY));
    }

    /** The message, the stack trace and every cause, as a log would print them. */
    private static String everything(Throwable failure) {
        StringWriter printed = new StringWriter();
        failure.printStackTrace(new PrintWriter(printed));
        return failure + printed.toString();
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

}
