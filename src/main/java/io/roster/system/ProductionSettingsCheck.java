package io.roster.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In profile {@code prod}, refuses to start while a secret is unset or still a demo value, or while a demo profile
 * is active. Runs before any bean exists, so the engine never creates an admin user with a weak password.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    static final String ADMIN_USER = "camunda.bpm.admin-user.id";

    static final String MENDIX_TOKEN = "roster.mendix.token";

    static final String MENDIX_API_KEY = "roster.mendix.api-key";

    private static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("demo", "sandbox", "local"))) {
            problems.add("profiles demo, sandbox and local cannot run with prod");
        }
        if (isBlank(environment.getProperty(ADMIN_USER))) {
            problems.add("ROSTER_ADMIN_USER (" + ADMIN_USER + ") is not set");
        }
        String password = environment.getProperty(ADMIN_PASSWORD);
        if (isBlank(password) || isDemoValue(password) || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("ROSTER_ADMIN_PASSWORD (" + ADMIN_PASSWORD + ") is unset, a demo value or shorter than "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        for (String secret : List.of(MENDIX_TOKEN, MENDIX_API_KEY)) {
            String value = environment.getProperty(secret);
            if (isBlank(value) || isDemoValue(value)) {
                problems.add(secret + " is unset or a demo value");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Roster refuses to start in profile prod: " + String.join("; ", problems));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isDemoValue(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("demo") || lower.contains("sandbox") || lower.equals("admin") || lower.equals("password");
    }

    @Override
    public int getOrder() {
        // after the config data (application*.yaml, environment) has been read
        return Ordered.LOWEST_PRECEDENCE;
    }

}
