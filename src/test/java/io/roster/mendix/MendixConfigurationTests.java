package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * The Spring wiring: settings bound with a placeholder that only the running web server can resolve, the platform
 * bean on Spring Boot's RestClient builder, exchange interceptor beans in their order, rate budgets as metrics.
 */
class MendixConfigurationTests {

    static final String USER = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class))
        .withUserConfiguration(MendixConfiguration.class, HttpMendixPlatform.class, Interceptors.class)
        .withPropertyValues("roster.mendix.token=" + TestClients.TOKEN,
                "roster.mendix.apis.user-deactivation.base-url=http://localhost:${local.server.port}/users-status/v1");

    @Test
    void answersWithFieldsRosterDoesNotKnowAreReadEvenWhereTheApplicationRefusesUnknownFields() {
        stub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/user-identifiers/v1/uuids"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                    {"identifiers":[{"emailAddress":"jane.doe@domain.tld","uuid":"%s","addedLater":true}],
                     "error":{"message":"","emailAddresses":[]},"requestId":"r-1"}""".formatted(USER))));

        context.withPropertyValues("spring.jackson.deserialization.fail-on-unknown-properties=true",
                "roster.mendix.apis.user-identifiers.base-url=http://localhost:" + stub.getPort()
                        + "/user-identifiers/v1")
            .run(started -> assertThat(started.getBean(MendixPlatform.class).findAccount("jane.doe@domain.tld"))
                .hasValueSatisfying(account -> assertThat(account.userId()).isEqualTo(USER)));
    }

    @Test
    void theBaseUrlWaitsForTheServerPortAndEveryExchangePassesTheInterceptorsInOrder() {
        stub.stubFor(patch(urlEqualTo("/users-status/v1/platform-users/" + USER)).willReturn(aResponse().withStatus(204)));

        context.run(started -> {
            assertThat(started).hasNotFailed().hasSingleBean(MendixPlatform.class);
            // what Spring Boot does once the web server listens
            started.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("server.ports", Map.of("local.server.port", stub.getPort())));

            started.getBean(MendixPlatform.class).deactivate(USER);

            assertThat(started.getBean(Interceptors.class).seen).containsExactly("first USER_DEACTIVATION",
                    "second USER_DEACTIVATION");
            assertThat(started.getBean(RecordedExchanges.class).last().requestHeaders())
                .containsEntry("Authorization", "MxToken " + TestClients.TOKEN);
            started.getBean(RecordedExchanges.class).assertExchangesMatchPublishedContracts();
        });
    }

    @Test
    void eachApisRateBudgetIsAMetric() {
        context.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(started -> {
            MeterRegistry meters = started.getBean(MeterRegistry.class);
            assertThat(meters.get("roster.mendix.permits.available").tag("api", "user-deactivation").gauge().value())
                .isEqualTo(1);
            assertThat(meters.get("roster.mendix.permits.waiting").tag("api", "projects").gauge().value()).isZero();
            assertThat(meters.get("roster.mendix.permits.available").gauges()).hasSize(MendixApi.values().length);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Interceptors {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        MendixExchangeInterceptor second() {
            return (api, request, body, execution) -> {
                seen.add("second " + api);
                return execution.execute(request, body);
            };
        }

        @Bean
        @Order(1)
        MendixExchangeInterceptor first() {
            return (api, request, body, execution) -> {
                seen.add("first " + api);
                return execution.execute(request, body);
            };
        }

        @Bean
        @Order(3)
        RecordedExchanges recordedExchanges() {
            return new RecordedExchanges();
        }

    }

}
