package io.roster.mendix;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/** The Mendix clients: their settings, and the one factory (so one rate budget per API) of the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MendixProperties.class)
class MendixConfiguration {

    /**
     * Clients on Spring Boot's {@link RestClient.Builder} (its JSON mapper and HTTP client metrics); base URLs are
     * resolved through the {@link Environment} at each API's first call.
     */
    @Bean
    MendixClientFactory mendixClientFactory(MendixProperties properties, Environment environment,
            ObjectProvider<RestClient.Builder> builders, ObjectProvider<MendixExchangeInterceptor> interceptors,
            ObjectProvider<MeterRegistry> meters) {
        return new MendixClientFactory(properties, environment, () -> builders.getIfAvailable(RestClient::builder),
                interceptors.orderedStream().toList(), meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

}
