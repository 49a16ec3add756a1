package io.roster.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker does not run on our build machines, so docker-compose.yml and the Dockerfile are checked statically: the
 * services a user gets, their ports and health checks, and that Roster waits for a healthy PostgreSQL.
 */
class ContainerFilesTests {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).as("services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @Test
    void composeHasPostgresRosterAndAMailCatcher() throws IOException {
        assertThat((Map<String, Object>) compose().get("services")).containsOnlyKeys("postgres", "roster", "mailpit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void postgresKeepsItsDataInANamedVolumeAndReportsHealth() throws IOException {
        Map<String, Object> postgres = service("postgres");
        assertThat((List<String>) postgres.get("volumes")).anyMatch(volume -> volume.startsWith("postgres-data:"));
        assertThat((Map<String, Object>) compose().get("volumes")).containsKey("postgres-data");
        assertThat(healthTest(postgres)).contains("pg_isready");
        assertThat((List<String>) postgres.get("ports")).contains("5432:5432");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rosterIsBuiltFromTheDockerfileRunsOnPostgresAndWaitsForIt() throws IOException {
        Map<String, Object> roster = service("roster");
        Map<String, Object> build = (Map<String, Object>) roster.get("build");
        assertThat(build).containsEntry("dockerfile", "Dockerfile");
        Map<String, Object> environment = (Map<String, Object>) roster.get("environment");
        assertThat((String) environment.get("SPRING_PROFILES_ACTIVE")).contains("postgres");
        assertThat((String) environment.get("ROSTER_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(environment).containsEntry("ROSTER_SMTP_HOST", "mailpit");
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) roster.get("depends_on");
        assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        assertThat((List<String>) roster.get("ports")).contains("8080:8080");
        assertThat(healthTest(roster)).contains("/actuator/health/readiness");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mailCatcherOffersSmtpAndAWebUi() throws IOException {
        Map<String, Object> mailpit = service("mailpit");
        assertThat((List<String>) mailpit.get("ports")).contains("8025:8025", "1025:1025");
        assertThat(mailpit).containsKey("healthcheck");
    }

    @Test
    void dockerfileBuildsWithTheWrapperAndRunsUnprivilegedOnJava17() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(lines).anyMatch(line -> line.startsWith("FROM eclipse-temurin:17-jdk"))
            .anyMatch(line -> line.startsWith("FROM eclipse-temurin:17-jre"))
            .anyMatch(line -> line.contains("./mvnw") && line.contains("package"))
            .anyMatch(line -> line.startsWith("COPY processes"))
            .anyMatch(line -> line.startsWith("COPY forms"))
            .anyMatch(line -> line.startsWith("USER ") && !line.contains("root"))
            .anyMatch(line -> line.startsWith("EXPOSE 8080"))
            .anyMatch(line -> line.startsWith("HEALTHCHECK"));
    }

    @SuppressWarnings("unchecked")
    private static String healthTest(Map<String, Object> service) {
        Object test = ((Map<String, Object>) service.get("healthcheck")).get("test");
        return test instanceof List<?> list ? String.join(" ", (List<String>) list) : String.valueOf(test);
    }

}
