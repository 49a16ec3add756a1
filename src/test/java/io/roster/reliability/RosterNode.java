package io.roster.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.roster.PostgresTestDatabase;
import io.roster.TestHttp;

/**
 * Roster as its own JVM ({@code io.roster.RosterApplication}), profiles postgres and demo, on a PostgreSQL database
 * it may share with other nodes, its Mendix clients pointed at a {@link SandboxNode}, its job executor running.
 * <p>
 * The engine's job lock is shortened from five minutes to {@value #LOCK_MILLIS} ms (and the clients' read timeout
 * below it), so that the jobs a killed node held are taken over within the test's patience rather than after five
 * minutes; the mechanism is the same.
 */
final class RosterNode {

    static final int LOCK_MILLIS = 20_000;

    private static final String[] APIS = { "user-identifiers=/sandbox/user-identifiers/v1",
            "user-deactivation=/sandbox/users-status/v1", "projects=/sandbox/projects/v2",
            "deploy=/sandbox/cloud/api/v4", "backups=/sandbox/deploy/api/v2", "audit-logging=/sandbox/audit/v1",
            "user-management=/sandbox/usermanagement/legacy-api/1" };

    private final String name;

    private final int port;

    private final List<String> arguments;

    private JavaProcess process;

    private RosterNode(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = arguments;
    }

    /** A node not yet started; {@code settings} as {@code key=value} on top of the defaults. */
    static RosterNode of(String name, SandboxNode sandbox, Map<String, String> settings) {
        int port = JavaProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--roster.data-dir=target/reliability/" + name, "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
                "--roster.mendix.read-timeout=8s", "--roster.mendix.max-retry-after-wait=5s",
                "--roster.mendix.account-id=445174de-9eb5-5e43-baef-5924d9f6484d",
                "--roster.offboarding.snapshot-poll-interval=PT1S", "--spring.main.banner-mode=off",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN",
                "--spring.mail.host=" + System.getProperty("spring.mail.host", "127.0.0.1"),
                "--spring.mail.port=" + System.getProperty("spring.mail.port", "1025")));
        for (String api : APIS) {
            String key = api.substring(0, api.indexOf('='));
            arguments.add("--roster.mendix.apis." + key + ".base-url=http://localhost:" + sandbox.port()
                    + api.substring(api.indexOf('=') + 1));
        }
        arguments.add("--roster.mendix.apis.user-management.enabled=true");
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new RosterNode(name, port, arguments);
    }

    RosterNode start() {
        process = JavaProcess.start(name, "io.roster.RosterApplication", arguments);
        process.awaitReady(() -> TestHttp.anonymous(port).get("/actuator/health/readiness").statusCode() == 200,
                Duration.ofMinutes(4));
        return this;
    }

    void kill() {
        process.kill();
    }

    void stop() {
        if (process != null && process.alive()) {
            process.stop();
        }
    }

    int port() {
        return port;
    }

    TestHttp as(String user) {
        return TestHttp.as(port, user, "demo");
    }

    String name() {
        return name;
    }

}
