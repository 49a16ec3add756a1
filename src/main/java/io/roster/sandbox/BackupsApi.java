package io.roster.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups API v2 (API key): list, create and follow the snapshots of a Mendix Cloud environment. A snapshot goes
 * queued, running, completed (or failed) while the client polls it.
 */
@RestController
@RequestMapping(SandboxApi.Paths.BACKUPS + "/apps/{projectId}/environments/{environmentId}/snapshots")
@Profile("sandbox")
class BackupsApi {

    /** How long a manual snapshot is kept. */
    static final Duration RETENTION = Duration.ofDays(90);

    static final int DEFAULT_LIMIT = 100;

    record NewSnapshot(String comment) {
    }

    /** A snapshot as the API shows it; the timestamps of states not reached yet are null, and shown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SnapshotJson(@JsonProperty("snapshot_id") String snapshotId,
            @JsonProperty("model_version") String modelVersion, String comment,
            @JsonProperty("expires_at") String expiresAt, String state,
            @JsonProperty("status_message") String statusMessage, @JsonProperty("created_at") String createdAt,
            @JsonProperty("finished_at") String finishedAt, @JsonProperty("updated_at") String updatedAt) {
    }

    record SnapshotList(int limit, int offset, int total, List<SnapshotJson> snapshots) {
    }

    private final Backups backups;

    BackupsApi(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    @PlatformOperation("list-snapshots")
    SnapshotList list(@PathVariable String projectId, @PathVariable String environmentId,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if ((offset != null && offset < 0) || (limit != null && limit < 0)) {
            throw PlatformError.invalidWithCode("Invalid offset or limit.", "INVALID_PARAMETERS");
        }
        Page<Snapshot> page = new Page.Window(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit)
            .of(backups.list(caller, projectId, environmentId));
        Instant now = Instant.now();
        return new SnapshotList(page.limit(), page.offset(), page.total(),
                page.items().stream().map(snapshot -> json(snapshot, now)).toList());
    }

    @PostMapping
    @PlatformOperation("create-snapshot")
    SnapshotJson create(@PathVariable String projectId, @PathVariable String environmentId,
            @RequestBody(required = false) NewSnapshot body, @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        Snapshot snapshot = backups.create(caller, projectId, environmentId, body == null ? null : body.comment());
        return reported(call, json(snapshot, snapshot.createdAt()));
    }

    @GetMapping("/{snapshotId}")
    @PlatformOperation("get-snapshot")
    SnapshotJson get(@PathVariable String projectId, @PathVariable String environmentId,
            @PathVariable String snapshotId, @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        return reported(call, json(backups.get(caller, projectId, environmentId, snapshotId), Instant.now()));
    }

    /** The journal keeps the state the answer reports. */
    private static SnapshotJson reported(PlatformCall call, SnapshotJson snapshot) {
        call.state(snapshot.state());
        return snapshot;
    }

    static SnapshotJson json(Snapshot snapshot, Instant now) {
        Snapshot.State state = snapshot.stateAt(now);
        Instant updated = switch (state) {
            case QUEUED -> null;
            case RUNNING -> snapshot.runningAt();
            case COMPLETED, FAILED -> snapshot.finishedAt();
        };
        String message = switch (state) {
            case QUEUED -> null;
            case RUNNING -> "Creating backup";
            case COMPLETED -> "Completed backup creation";
            case FAILED -> "Backup creation failed: the database dump could not be created";
        };
        return new SnapshotJson(snapshot.snapshotId(), state == Snapshot.State.QUEUED ? null : snapshot.modelVersion(),
                snapshot.comment(), timestamp(snapshot.createdAt().plus(RETENTION)), state.wire(), message,
                timestamp(snapshot.createdAt()), snapshot.finishedAt().isAfter(now) ? null
                        : timestamp(snapshot.finishedAt()),
                timestamp(updated));
    }

    /** ISO 8601 with milliseconds, as the API writes them ({@code 2020-02-18T16:00:18.000Z}). */
    private static String timestamp(Instant instant) {
        if (instant == null) {
            return null;
        }
        String text = instant.truncatedTo(ChronoUnit.MILLIS).toString();
        return text.contains(".") ? text : text.replace("Z", ".000Z");
    }

}
