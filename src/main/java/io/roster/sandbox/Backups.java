package io.roster.sandbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Backup snapshots of Mendix Cloud environments (Backups API v2). Only licensed apps have backups (unless
 * {@code roster.sandbox.snapshots.free-apps} says otherwise). The caller needs "Access to Backups" and "API Rights"
 * in the environment; Mendix Admins of the company are let through (an assumption, see docs/sandbox.md). An
 * environment takes one snapshot at a time.
 */
@Component
@Profile("sandbox")
class Backups {

    private final PlatformStore store;

    private final SandboxProperties properties;

    Backups(PlatformStore store, SandboxProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    Snapshot create(Caller caller, String appId, String environmentId, String comment) {
        return store.write((state, audit) -> {
            Environment environment = accessible(state, caller, appId, environmentId);
            Instant now = Instant.now();
            boolean busy = state.snapshots()
                .values()
                .stream()
                .anyMatch(snapshot -> snapshot.environmentId().equals(environmentId) && snapshot.busyAt(now));
            if (busy) {
                throw PlatformError.invalidWithCode(
                        "Environment is busy, please try again later or contact Support for assistance.",
                        "ENVIRONMENT_BUSY");
            }
            Instant running = now.plus(properties.snapshots().queuedFor());
            Snapshot snapshot = new Snapshot(UUID.randomUUID().toString(), appId, environmentId, comment,
                    environment.modelVersion(), caller.userId(), now, running,
                    running.plus(properties.snapshots().runningFor()),
                    state.app(appId).orElseThrow().failingSnapshots());
            state.snapshots().put(snapshot.snapshotId(), snapshot);
            audit.snapshotCreated(caller, environment, snapshot);
            return snapshot;
        });
    }

    /** The environment's snapshots, newest first. */
    List<Snapshot> list(Caller caller, String appId, String environmentId) {
        return store.read(state -> {
            accessible(state, caller, appId, environmentId);
            return state.snapshots()
                .values()
                .stream()
                .filter(snapshot -> snapshot.environmentId().equals(environmentId))
                .sorted(Comparator.comparing(Snapshot::createdAt).reversed())
                .toList();
        });
    }

    Snapshot get(Caller caller, String appId, String environmentId, String snapshotId) {
        return store.read(state -> {
            accessible(state, caller, appId, environmentId);
            Snapshot snapshot = state.snapshots().get(snapshotId);
            if (snapshot == null || !snapshot.environmentId().equals(environmentId)) {
                throw PlatformError.notFound("Snapshot not found.", "NOT_FOUND");
            }
            return snapshot;
        });
    }

    private Environment accessible(PlatformState state, Caller caller, String appId, String environmentId) {
        Environment environment = state.environments().get(environmentId);
        if (environment == null || !environment.appId().equals(appId)) {
            throw PlatformError.notFound("Environment not found.", "ENVIRONMENT_NOT_FOUND");
        }
        if (!state.app(appId).orElseThrow().licensed() && !properties.snapshots().freeApps()) {
            throw PlatformError.invalidWithCode("Backups are not available for Free Apps.", "NOT_SUPPORTED");
        }
        EnvironmentPermission permission = state.permissionsOf(environmentId).get(caller.userId());
        if (!caller.mendixAdmin() && (permission == null || !permission.canUseBackupsApi())) {
            throw PlatformError.forbidden("The user does not have access to the backups of this environment.",
                    "NO_ACCESS");
        }
        return environment;
    }

}
