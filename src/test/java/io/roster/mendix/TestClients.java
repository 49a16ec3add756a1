package io.roster.mendix;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.client.RestClient;

/**
 * Mendix clients for tests, without a Spring context: every API under one origin (a WireMock stub) at a path like its
 * real one, test credentials, a recorder of the exchanges, short timeouts and a generous rate budget unless a test
 * asks otherwise.
 */
final class TestClients {

    static final String TOKEN = "test-pat-7LJEvk30c9b1f4e2d8a6";

    static final String API_USERNAME = "roster-service@brightwater.example";

    static final String API_KEY = "test-api-key-26587896-1cef-4483";

    /** Where each API is served under the origin; each keeps the base path of its real server URL. */
    static final Map<MendixApi, String> BASE_PATHS = Map.of(MendixApi.USER_IDENTIFIERS, "/user-identifiers/v1",
            MendixApi.USER_DEACTIVATION, "/users-status/v1", MendixApi.PROJECTS, "/projects/v2", MendixApi.DEPLOY,
            "/cloud/api/v4", MendixApi.BACKUPS, "/deploy/api/v2", MendixApi.AUDIT_LOGGING, "/audit/v1",
            MendixApi.USER_MANAGEMENT, "/usermanagement/legacy-api/1");

    final RecordedExchanges exchanges = new RecordedExchanges();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final String origin;

    private int requestsPerSecond = 1000;

    private Duration readTimeout = Duration.ofSeconds(5);

    private Duration maxRetryAfterWait = Duration.ofSeconds(20);

    private boolean legacyEnabled = true;

    private String token = TOKEN;

    private MendixClientFactory factory;

    TestClients(String origin) {
        this.origin = origin;
    }

    TestClients requestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        return this;
    }

    TestClients readTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }

    TestClients maxRetryAfterWait(Duration maxRetryAfterWait) {
        this.maxRetryAfterWait = maxRetryAfterWait;
        return this;
    }

    TestClients legacyEnabled(boolean legacyEnabled) {
        this.legacyEnabled = legacyEnabled;
        return this;
    }

    TestClients token(String token) {
        this.token = token;
        return this;
    }

    MendixProperties properties() {
        return new MendixProperties(token, API_USERNAME, API_KEY, "test-account", Duration.ofSeconds(2), readTimeout,
                maxRetryAfterWait, Duration.ofSeconds(20), new MendixProperties.Apis(api(MendixApi.USER_IDENTIFIERS),
                        api(MendixApi.USER_DEACTIVATION), api(MendixApi.PROJECTS), api(MendixApi.DEPLOY),
                        api(MendixApi.BACKUPS), api(MendixApi.AUDIT_LOGGING), api(MendixApi.USER_MANAGEMENT)));
    }

    /** One factory per instance, so the clients it builds share their rate budgets like in the application. */
    MendixClientFactory factory() {
        if (factory == null) {
            factory = new MendixClientFactory(properties(), new StandardEnvironment(), RestClient::builder,
                    List.of(exchanges), meters);
        }
        return factory;
    }

    HttpMendixPlatform platform(IdentityObserver... observers) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < observers.length; i++) {
            beans.addBean("observer" + i, observers[i]);
        }
        return new HttpMendixPlatform(factory(), beans.getBeanProvider(IdentityObserver.class));
    }

    private MendixProperties.Api api(MendixApi api) {
        return new MendixProperties.Api(origin + BASE_PATHS.get(api), requestsPerSecond,
                api != MendixApi.USER_MANAGEMENT || legacyEnabled);
    }

}
