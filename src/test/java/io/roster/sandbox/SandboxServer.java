package io.roster.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The standalone sandbox platform ({@link SandboxPlatformApplication}) on a random port. Most tests share one server
 * with its state in memory and quick snapshots, and reset it before each test; tests of restarts and of the
 * application itself start their own.
 */
final class SandboxServer implements AutoCloseable {

    /** Snapshots queue and run this long (in ms) on test servers: long enough to see each state, short to wait for. */
    static final int QUEUED_MILLIS = 400;

    static final int RUNNING_MILLIS = 600;

    private static SandboxServer shared;

    private final ConfigurableApplicationContext context;

    private SandboxServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The server most tests share, started on first use and stopped with the JVM. */
    static synchronized SandboxServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A server of its own, with these extra arguments (e.g. {@code --roster.sandbox.state-dir=...}). */
    static SandboxServer start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--roster.sandbox.state-dir=",
                "--roster.sandbox.snapshots.queued-for=" + QUEUED_MILLIS + "ms",
                "--roster.sandbox.snapshots.running-for=" + RUNNING_MILLIS + "ms", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        all.addAll(List.of(arguments));
        return new SandboxServer(SandboxPlatformApplication.application().run(all.toArray(String[]::new)));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    SandboxClient client() {
        return new SandboxClient("http://localhost:" + port());
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

}
