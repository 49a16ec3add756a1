package io.roster.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The platform's state and audit log behind one read-write lock. Reads run side by side; a change runs alone, and
 * what it changed is on disk before the next request sees it. A change checks everything before it touches the
 * state, so one that throws (a refusal) leaves nothing behind.
 * <p>
 * Starts from the state directory when there is one, else from the fixture.
 */
@Component
@Profile("sandbox")
class PlatformStore {

    private static final Logger log = LoggerFactory.getLogger(PlatformStore.class);

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);

    private final SandboxProperties properties;

    private final SandboxStorage storage;

    private PlatformState state;

    private final List<AuditEvent> audit;

    PlatformStore(SandboxProperties properties, SandboxStorage storage) {
        this.properties = properties;
        this.storage = storage;
        this.state = storage.readState().orElseGet(this::seed);
        this.audit = new ArrayList<>(storage.readLines(SandboxStorage.AUDIT, AuditEvent.class));
    }

    private PlatformState seed() {
        PlatformState fixture = Fixture.load(properties.fixture(), storage.json());
        storage.writeState(fixture);
        log.info("Sandbox platform starts from the fixture: {} with {} members and {} apps",
                fixture.company().name(), fixture.members().size(), fixture.apps().size());
        return fixture;
    }

    <T> T read(Function<PlatformState, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(state);
        }
        finally {
            lock.readLock().unlock();
        }
    }

    /** Applies a change; it records what it did in the audit trail it is given. */
    <T> T write(BiFunction<PlatformState, AuditTrail, T> change) {
        lock.writeLock().lock();
        try {
            AuditTrail trail = new AuditTrail(state.company());
            T result = change.apply(state, trail);
            storage.writeState(state);
            List<AuditEvent> recorded = trail.recorded();
            storage.appendLines(SandboxStorage.AUDIT, recorded);
            audit.addAll(recorded);
            return result;
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    <T> T readAudit(Function<List<AuditEvent>, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(List.copyOf(audit));
        }
        finally {
            lock.readLock().unlock();
        }
    }

    /** Back to the fixture, with an empty audit log. */
    void reset() {
        lock.writeLock().lock();
        try {
            storage.truncate(SandboxStorage.AUDIT);
            audit.clear();
            state = seed();
        }
        finally {
            lock.writeLock().unlock();
        }
    }

}
