package io.roster.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * A server of its own, with these settings on top of the tests' defaults (e.g.
     * {@code roster.sandbox.state-dir=...}).
     */
    static SandboxServer start(String... settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("roster.sandbox.state-dir", "");
        all.put("roster.sandbox.snapshots.queued-for", QUEUED_MILLIS + "ms");
        all.put("roster.sandbox.snapshots.running-for", RUNNING_MILLIS + "ms");
        all.put("logging.level.root", "WARN");
        for (String setting : settings) {
            all.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        String[] arguments = all.entrySet()
            .stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
        return new SandboxServer(SandboxPlatformApplication.application().run(arguments));
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
