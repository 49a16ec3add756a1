package io.roster.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A JVM of its own running one of Roster's main classes with the tests' class path, its output in a log file under
 * {@code target/reliability}. {@link #kill()} is SIGKILL: no shutdown hook, no graceful end of anything.
 */
final class JavaProcess {

    private final String name;

    private final Process process;

    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static JavaProcess start(String name, String mainClass, List<String> arguments) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "reliability"));
            Path log = dir.resolve(name + "-" + System.currentTimeMillis() + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath(), mainClass));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            // a test JVM that ends early must not leave Roster or the sandbox running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new JavaProcess(name, process, log);
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /**
     * The tests' class path (Surefire runs tests from a manifest-only jar; the real one is in its property) without
     * the test classes, whose test configurations Roster's component scan would pick up.
     */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String all = surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
        return java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
            .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    void awaitReady(BooleanSupplier ready, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + "; see " + log);
            }
            try {
                if (ready.getAsBoolean()) {
                    return;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + atMost + "; see " + log);
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the graceful end. */
    void stop() {
        process.destroy();
        waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    private void waitFor() {
        try {
            process.waitFor();
        }
        catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        }
    }

}
