package io.roster.directory;

import java.io.IOException;
import java.io.InputStream;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

/**
 * A real LDAP server inside the JVM (UnboundID's in-memory directory) on a free local port, loaded from an LDIF file.
 * It serves the default run's demo directory and the tests' Active Directory fixture, so that the LDAP adapter speaks
 * LDAP in both.
 */
public final class DemoDirectoryServer implements AutoCloseable {

    private final InMemoryDirectoryServer server;

    private DemoDirectoryServer(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static DemoDirectoryServer start(String baseDn, InputStream ldif) throws LDAPException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(baseDn);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        // Active Directory's attributes (userAccountControl, sAMAccountName) are not in the standard schema
        config.setSchema(null);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        try (LDIFReader reader = new LDIFReader(ldif)) {
            server.importFromLDIF(true, reader);
        }
        server.startListening();
        return new DemoDirectoryServer(server);
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** For tests: the server itself, e.g. to disable an account in the middle of a test. */
    public InMemoryDirectoryServer server() {
        return server;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

}
