package io.roster.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the sandbox platform ({@code roster.sandbox.*}).
 *
 * @param stateDir where state, audit log and journal are kept across restarts; empty keeps everything in memory
 * @param fixture the company the platform starts with (and returns to on reset)
 * @param adminUser HTTP Basic user of {@code /sandbox/admin}
 * @param adminPassword its password
 * @param snapshots how long a backup snapshot stays queued, then running; and whether free apps have backups at all
 * (on the real platform they do not)
 */
@ConfigurationProperties("roster.sandbox")
record SandboxProperties(String stateDir, @DefaultValue("classpath:sandbox/brightwater.json") Resource fixture,
        @DefaultValue("sandbox-admin") String adminUser, @DefaultValue("demo") String adminPassword,
        @DefaultValue Snapshots snapshots) {

    record Snapshots(@DefaultValue("2s") Duration queuedFor, @DefaultValue("3s") Duration runningFor,
            @DefaultValue("false") boolean freeApps) {
    }

    boolean inMemory() {
        return stateDir == null || stateDir.isBlank();
    }

}
