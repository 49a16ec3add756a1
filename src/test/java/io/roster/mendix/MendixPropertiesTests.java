package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** {@code roster.mendix.*}: the shipped defaults, environment variables, and secrets kept out of sight. */
class MendixPropertiesTests {

    @Test
    void theShippedDefaultsPointAtTheRealMendixApis() throws IOException {
        MendixProperties properties = bind(new MutablePropertySources());

        assertThat(Map.of(MendixApi.USER_IDENTIFIERS, "https://user-identifiers-api.home.mendix.com/v1",
                MendixApi.USER_DEACTIVATION, "https://users-status-api.home.mendix.com/v1", MendixApi.PROJECTS,
                "https://projects-api.home.mendix.com/v2", MendixApi.DEPLOY, "https://cloud.home.mendix.com/api/v4",
                MendixApi.BACKUPS, "https://deploy.mendix.com/api/v2", MendixApi.AUDIT_LOGGING,
                "https://audit-api-prod.datalab.mendix.com/v1", MendixApi.USER_MANAGEMENT,
                "https://usermanagement.mendix.com/legacy-api/1"))
            .allSatisfy((api, baseUrl) -> {
                assertThat(properties.api(api).baseUrl()).as(api.key()).isEqualTo(baseUrl);
                assertThat(properties.api(api).requestsPerSecond()).as(api.key()).isEqualTo(5);
            });
        assertThat(properties.api(MendixApi.USER_MANAGEMENT).enabled()).isFalse();
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.maxRetryAfterWait()).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.maxPermitWait()).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.accountId()).isNull();
    }

    @Test
    void everyApiCanBeSetFromEnvironmentVariables() throws IOException {
        MutablePropertySources environment = new MutablePropertySources();
        environment.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "ROSTER_MENDIX_APIS_USERIDENTIFIERS_BASEURL", "http://localhost:8080/sandbox/user-identifiers/v1",
                "ROSTER_MENDIX_APIS_PROJECTS_REQUESTSPERSECOND", "2", "ROSTER_MENDIX_APIS_USERMANAGEMENT_ENABLED",
                "true", "ROSTER_MENDIX_ACCOUNT_ID", "0a69e0e7-50c9-437d-83f8-83f0367df4db", "ROSTER_MENDIX_READTIMEOUT",
                "10s")));

        MendixProperties properties = bind(environment);

        assertThat(properties.api(MendixApi.USER_IDENTIFIERS).baseUrl())
            .isEqualTo("http://localhost:8080/sandbox/user-identifiers/v1");
        assertThat(properties.api(MendixApi.PROJECTS).requestsPerSecond()).isEqualTo(2);
        assertThat(properties.api(MendixApi.USER_MANAGEMENT).enabled()).isTrue();
        assertThat(properties.accountId()).isEqualTo("0a69e0e7-50c9-437d-83f8-83f0367df4db");
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void withoutAnySettingsAnApiHasNoBaseUrlAndTheDefaultBudget() {
        MendixProperties properties = new MendixProperties(null, null, null, null, null, null, null, null, null);

        assertThat(properties.api(MendixApi.DEPLOY)).isEqualTo(new MendixProperties.Api(null, 5, false));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRateBudgetBelowOneRequestASecondIsRefused() {
        assertThatThrownBy(() -> new MendixProperties.Api("https://x", 0, false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("requests-per-second must be at least 1");
    }

    @Test
    void theSecretsNeverShowInItsText() {
        MendixProperties properties = new MendixProperties("secret-pat-7LJEvk", "roster@brightwater.example",
                "secret-key-26587896", null, null, null, null, null, null);

        assertThat(properties.toString()).doesNotContain("secret")
            .contains("token=******", "apiKey=******", "apiUsername=roster@brightwater.example");
    }

    /** Binds {@code roster.mendix} from the shipped application.yaml under the given sources, as Spring Boot does. */
    private static MendixProperties bind(MutablePropertySources sources) throws IOException {
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
            .forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
            .bind("roster.mendix", MendixProperties.class)
            .get();
    }

}
