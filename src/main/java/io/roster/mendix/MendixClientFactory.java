package io.roster.mendix;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Builds the Mendix clients on Spring's {@link RestClient}, each with its API's base URL, timeouts, authentication,
 * error decoder and the {@link MendixExchangeInterceptor}s. The base URL is resolved at an API's first call, not
 * before, so that a placeholder known only once the web server runs ({@code ${local.server.port}} of the sandbox
 * platform) resolves. All clients built by one factory share one {@link RateBudget} per API.
 */
final class MendixClientFactory {

    private final MendixProperties properties;

    private final PropertyResolver placeholders;

    private final Supplier<RestClient.Builder> builders;

    private final List<MendixExchangeInterceptor> interceptors;

    private final SecretMasker masker;

    private final Map<MendixApi, RateBudget> budgets = new EnumMap<>(MendixApi.class);

    MendixClientFactory(MendixProperties properties, PropertyResolver placeholders,
            Supplier<RestClient.Builder> builders, List<MendixExchangeInterceptor> interceptors, MeterRegistry meters) {
        this.properties = properties;
        this.placeholders = placeholders;
        this.builders = builders;
        this.interceptors = List.copyOf(interceptors);
        this.masker = new SecretMasker(properties.token(), properties.apiKey());
        for (MendixApi api : MendixApi.values()) {
            budgets.put(api, new RateBudget(api, properties.api(api).requestsPerSecond(), properties.maxPermitWait(),
                    meters));
        }
    }

    UserIdentifiersClient userIdentifiers() {
        return new UserIdentifiersClient(http(MendixApi.USER_IDENTIFIERS, UserIdentifiersClient.ERRORS));
    }

    UserDeactivationClient userDeactivation() {
        return new UserDeactivationClient(http(MendixApi.USER_DEACTIVATION, UserDeactivationClient.ERRORS));
    }

    ProjectsClient projects() {
        return new ProjectsClient(http(MendixApi.PROJECTS, ProjectsClient.ERRORS));
    }

    DeployClient deploy() {
        return new DeployClient(http(MendixApi.DEPLOY, DeployClient.ERRORS));
    }

    BackupsClient backups() {
        return new BackupsClient(http(MendixApi.BACKUPS, BackupsClient.ERRORS));
    }

    AuditLoggingClient auditLogging() {
        return new AuditLoggingClient(http(MendixApi.AUDIT_LOGGING, AuditLoggingClient.ERRORS));
    }

    UserManagementClient userManagement() {
        return new UserManagementClient(http(MendixApi.USER_MANAGEMENT, UserManagementClient.ERRORS),
                properties.api(MendixApi.USER_MANAGEMENT).enabled());
    }

    private MendixHttp http(MendixApi api, MendixErrorDecoder errors) {
        return new MendixHttp(api, operation -> connect(api, operation), budgets.get(api),
                new PlatformAnswers(api, errors, masker), properties.maxRetryAfterWait());
    }

    private RestClient connect(MendixApi api, String operation) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            // HTTPS APIs work alike on 1.1, and plain-HTTP stubs and the sandbox see no h2c upgrade attempts
            .version(HttpClient.Version.HTTP_1_1)
            .build());
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder builder = builders.get()
            .baseUrl(baseUrl(api, operation))
            .requestFactory(requests)
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .defaultHeaders(headers -> authenticate(api, operation, headers))
            .messageConverters(MendixClientFactory::tolerateNewFields);
        interceptors.forEach(interceptor -> builder.requestInterceptor(
                (request, body, execution) -> interceptor.intercept(api, request, body, execution)));
        return builder.build();
    }

    /**
     * The platform adds fields to its answers over time; Roster reads the ones it knows, whatever the application's
     * own JSON settings are (its API refuses unknown fields).
     */
    private static void tolerateNewFields(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter json
                ? new MappingJackson2HttpMessageConverter(
                        json.getObjectMapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                : converter);
    }

    private String baseUrl(MendixApi api, String operation) {
        String property = "roster.mendix.apis." + api.key() + ".base-url";
        String configured = properties.api(api).baseUrl();
        if (configured == null || configured.isBlank()) {
            throw new MendixConfigurationException(api, operation, 0, property + " is not set");
        }
        try {
            String baseUrl = placeholders.resolveRequiredPlaceholders(configured);
            String scheme = URI.create(baseUrl).getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return baseUrl;
        }
        catch (IllegalArgumentException unusable) {
            throw new MendixConfigurationException(api, operation, 0,
                    property + " '" + configured + "' is unusable: " + unusable.getMessage());
        }
    }

    /** A PAT ({@code MxToken}) for most APIs; the API key headers for Backups v2 and the legacy API. */
    private void authenticate(MendixApi api, String operation, HttpHeaders headers) {
        if (api == MendixApi.BACKUPS || api == MendixApi.USER_MANAGEMENT) {
            headers.set("Mendix-Username", required(api, operation, properties.apiUsername(), "api-username"));
            headers.set("Mendix-ApiKey", required(api, operation, properties.apiKey(), "api-key"));
        }
        else {
            headers.set(HttpHeaders.AUTHORIZATION, "MxToken " + required(api, operation, properties.token(), "token"));
        }
    }

    private static String required(MendixApi api, String operation, String value, String property) {
        if (value == null || value.isBlank()) {
            throw new MendixConfigurationException(api, operation, 0, "roster.mendix." + property + " is not set");
        }
        return value;
    }

}
