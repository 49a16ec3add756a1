package io.roster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail, in-process) for the whole test run, started before any Spring context so that
 * every context sends its mail there: {@code spring.mail.host/port} are set as system properties. Tests read what
 * arrived with {@link #server()}.
 */
public class TestSmtp implements LauncherSessionListener {

    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", String.valueOf(server.getSmtp().getPort()));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

}
