package io.roster.audit;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.roster.directory.DemoDirectoryServer;

/**
 * For the benchmark: the in-memory LDAP server in a JVM of its own, so that its entries do not count in the heap of
 * the JVM being measured (a real directory runs on its own server too). {@link #main} is the child; {@link #start}
 * launches it with this test run's class path and waits for its URL.
 */
final class DirectoryServerProcess implements AutoCloseable {

    private final Process process;

    private final String url;

    private DirectoryServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static DirectoryServerProcess start(String baseDn, Path ldif) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                DirectoryServerProcess.class.getName(), baseDn, ldif.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String url = out.readLine();
        if (url == null || !url.startsWith("ldap://")) {
            process.destroyForcibly();
            throw new IllegalStateException("the directory server did not start: " + url);
        }
        return new DirectoryServerProcess(process, url);
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The child: serves the LDIF until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (InputStream ldif = Files.newInputStream(Path.of(args[1]));
                DemoDirectoryServer server = DemoDirectoryServer.start(args[0], ldif)) {
            System.out.println(server.url());
            System.out.flush();
            while (System.in.read() != -1) {
                // until the parent closes the pipe
            }
        }
    }

}
