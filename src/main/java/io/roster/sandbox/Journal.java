package io.roster.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Every call the platform APIs received, in order, so tests can assert exactly which calls the platform saw, in what
 * order, and how often. Append-only: a reset of the platform keeps it (tests read from a sequence number on), a
 * restart reads it back from the state directory.
 */
@Component
@Profile("sandbox")
class Journal {

    private final SandboxStorage storage;

    private final List<JournalEntry> entries;

    private long lastSequence;

    Journal(SandboxStorage storage) {
        this.storage = storage;
        this.entries = new ArrayList<>(storage.readLines(SandboxStorage.JOURNAL, JournalEntry.class));
        this.lastSequence = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    synchronized JournalEntry record(PlatformCall call, int status) {
        JournalEntry entry = call.toEntry(++lastSequence, status, Instant.now());
        entries.add(entry);
        storage.appendLines(SandboxStorage.JOURNAL, List.of(entry));
        return entry;
    }

    /** The entries after this sequence number, oldest first. */
    synchronized List<JournalEntry> since(long sequence) {
        return entries.stream().filter(entry -> entry.sequence() > sequence).toList();
    }

    synchronized long lastSequence() {
        return lastSequence;
    }

}
