package io.roster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database of its own for one test class: created before the class, dropped after it. The server comes
 * from {@code ROSTER_TEST_DB_URL} (default {@value #DEFAULT_URL}), {@code ROSTER_TEST_DB_USER} (default
 * {@code postgres}) and {@code ROSTER_TEST_DB_PASSWORD}. Without a reachable server the class is skipped with a loud
 * message, except under {@code CI=true}, where it fails.
 * <p>
 * Declare {@code @ExtendWith(PostgresTestDatabase.class)} <em>before</em> {@code @SpringBootTest} and use
 * {@code @DirtiesContext}, so that Spring closes its context before the database is dropped.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static final String PREFIX = "roster_test_";

    /** Databases of runs that died before dropping theirs are dropped after this long. */
    private static final Duration STALE_AFTER = Duration.ofHours(12);

    private static volatile String databaseName;

    public static String serverUrl() {
        String url = System.getenv("ROSTER_TEST_DB_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    public static String user() {
        String user = System.getenv("ROSTER_TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        String password = System.getenv("ROSTER_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    /** The JDBC URL of this class's database. */
    public static String url() {
        return withDatabase(serverUrl(), databaseName);
    }

    /** Points Spring's datasource at this class's database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        try (Connection connection = connectToServer(); Statement statement = connection.createStatement()) {
            dropStaleDatabases(statement);
            databaseName = PREFIX + Instant.now().getEpochSecond() + "_"
                    + UUID.randomUUID().toString().substring(0, 8);
            statement.execute("CREATE DATABASE " + databaseName);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (databaseName == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
        databaseName = null;
    }

    private static Connection connectToServer() {
        try {
            return DriverManager.getConnection(serverUrl(), user(), password());
        }
        catch (SQLException exception) {
            String message = "PostgreSQL is not reachable at " + serverUrl() + " as " + user() + " ("
                    + exception.getMessage() + "). Start it (see README, Tests) or set ROSTER_TEST_DB_URL.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return Assertions.fail(message + " CI=true: failing instead of skipping.", exception);
            }
            System.err.println("\n*** SKIPPING POSTGRESQL TESTS *** " + message + "\n");
            Assumptions.abort(message);
            return null;
        }
    }

    /** Only databases with our prefix and a creation second older than {@link #STALE_AFTER}: never anyone else's. */
    private static void dropStaleDatabases(Statement statement) throws SQLException {
        List<String> stale = new ArrayList<>();
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        try (ResultSet names = statement
            .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String withDatabase(String serverUrl, String database) {
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        if (slash < 0) {
            return serverUrl + "/" + database;
        }
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
    }

}
