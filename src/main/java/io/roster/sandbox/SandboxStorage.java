package io.roster.sandbox;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sandbox platform's files in {@code roster.sandbox.state-dir}: the state as one JSON document, replaced
 * atomically (temporary file, then a move) on every change, and the audit log and journal as JSON lines, appended.
 * A torn last line (a crash while writing) is skipped on reading. Without a directory nothing is written.
 * <p>
 * Holds a lock on the directory while running, so a second sandbox (Roster's own and a standalone one, say) cannot
 * write the same files.
 */
@Component
@Profile("sandbox")
class SandboxStorage implements DisposableBean {

    static final String STATE = "state.json";

    static final String AUDIT = "audit.jsonl";

    static final String JOURNAL = "journal.jsonl";

    private static final Logger log = LoggerFactory.getLogger(SandboxStorage.class);

    /** The sandbox's own mapper: the files must not change shape with the application's JSON settings. */
    private final ObjectMapper json = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();

    private final Path directory;

    private final FileChannel lockChannel;

    private final FileLock lock;

    SandboxStorage(SandboxProperties properties) throws IOException {
        if (properties.inMemory()) {
            directory = null;
            lockChannel = null;
            lock = null;
            log.info("Sandbox platform keeps its state in memory only");
            return;
        }
        directory = Path.of(properties.stateDir()).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        lockChannel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        lock = tryLock(lockChannel);
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another sandbox platform is using " + directory
                    + "; stop it or give this one another roster.sandbox.state-dir");
        }
        log.info("Sandbox platform keeps its state in {}", directory);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException alreadyLockedInThisProcess) {
            return null;
        }
    }

    boolean persistent() {
        return directory != null;
    }

    ObjectMapper json() {
        return json;
    }

    Optional<PlatformState> readState() {
        if (!persistent() || !Files.exists(directory.resolve(STATE))) {
            return Optional.empty();
        }
        try {
            PlatformState state = json.readValue(directory.resolve(STATE).toFile(), PlatformState.class);
            if (state.formatVersion() != PlatformState.FORMAT_VERSION) {
                throw new IllegalStateException(directory.resolve(STATE) + " has format " + state.formatVersion()
                        + ", this sandbox reads " + PlatformState.FORMAT_VERSION + "; delete the directory to start "
                        + "from the fixture again");
            }
            return Optional.of(state);
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot read " + directory.resolve(STATE), exception);
        }
    }

    void writeState(PlatformState state) {
        if (!persistent()) {
            return;
        }
        Path target = directory.resolve(STATE);
        Path temporary = directory.resolve(STATE + ".tmp");
        try {
            json.writeValue(temporary.toFile(), state);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot write " + target, exception);
        }
    }

    <T> List<T> readLines(String file, Class<T> type) {
        List<T> items = new ArrayList<>();
        if (!persistent() || !Files.exists(directory.resolve(file))) {
            return items;
        }
        try {
            for (String line : Files.readAllLines(directory.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    items.add(json.readValue(line, type));
                }
                catch (IOException torn) {
                    log.warn("Skipping an unreadable line of {} (written while the sandbox stopped?)", file);
                }
            }
            return items;
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot read " + directory.resolve(file), exception);
        }
    }

    void appendLines(String file, List<?> items) {
        if (!persistent() || items.isEmpty()) {
            return;
        }
        try (BufferedWriter writer = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (Object item : items) {
                writer.write(json.writeValueAsString(item));
                writer.newLine();
            }
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot append to " + directory.resolve(file), exception);
        }
    }

    void truncate(String file) {
        if (!persistent()) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(file));
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot clear " + directory.resolve(file), exception);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }

}
