package io.roster.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.roster.RosterApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Profile prod refuses to start with missing or demo secrets. */
class ProductionSettingsCheckTests {

    private static final Map<String, Object> GOOD = Map.of("camunda.bpm.admin-user.id", "operator",
            "camunda.bpm.admin-user.password", "a-long-real-secret", "roster.mendix.token", "7LJEpAtFromMendix",
            "roster.mendix.api-key", "1a2b3c4d-real-key");

    @Test
    void prodWithRealSecretsStarts() {
        assertThatCode(() -> check(GOOD, "prod")).doesNotThrowAnyException();
    }

    @Test
    void prodRefusesTheDemoAdminPassword() {
        assertThatThrownBy(() -> check(with("camunda.bpm.admin-user.password", "demo"), "prod"))
            .hasMessageContaining("ROSTER_ADMIN_PASSWORD");
    }

    @Test
    void prodRefusesAShortAdminPassword() {
        assertThatThrownBy(() -> check(with("camunda.bpm.admin-user.password", "short1"), "prod"))
            .hasMessageContaining("shorter than 12");
    }

    @Test
    void prodRefusesAnUnsetOrDemoMendixToken() {
        assertThatThrownBy(() -> check(with("roster.mendix.token", ""), "prod"))
            .hasMessageContaining("roster.mendix.token");
        assertThatThrownBy(() -> check(with("roster.mendix.token", "demo-sandbox-pat"), "prod"))
            .hasMessageContaining("roster.mendix.token");
    }

    @Test
    void prodRefusesDemoProfiles() {
        assertThatThrownBy(() -> check(GOOD, "prod", "demo")).hasMessageContaining("cannot run with prod");
    }

    @Test
    void otherProfilesAreNotChecked() {
        assertThatCode(() -> check(Map.of(), "postgres")).doesNotThrowAnyException();
    }

    /** The real application, started in profile prod with its shipped defaults, refuses before the engine starts. */
    @Test
    void theApplicationRefusesToStartInProdWithoutSecrets() {
        SpringApplication application = new SpringApplication(RosterApplication.class);
        application.setAdditionalProfiles("prod");
        assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:prod-check",
                "--spring.main.web-application-type=none"))
            .hasStackTraceContaining("Roster refuses to start in profile prod");
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> properties = new java.util.HashMap<>(GOOD);
        properties.put(key, value);
        return properties;
    }

    private static void check(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication());
    }

}
