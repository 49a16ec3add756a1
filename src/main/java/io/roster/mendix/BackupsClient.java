package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.joined;
import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.MendixErrorDecoder.PlatformError;
import io.roster.mendix.MendixHttp.MalformedAnswer;
import io.roster.mendix.Paging.Page;

import org.springframework.http.MediaType;

/**
 * The Backups API v2 (API key): snapshots of a Mendix Cloud environment. Mendix publishes no OpenAPI description of
 * it; paths, fields and error codes follow the documentation page.
 */
final class BackupsClient {

    /**
     * Errors carry an error code such as {@code NOT_SUPPORTED} or {@code NO_ACCESS}; the documentation does not show
     * the body, which is read as {@code {"errorCode","errorMessage"}} like Mendix's other API-key APIs.
     */
    static final MendixErrorDecoder ERRORS = new Errors();

    /** "Default is 100." */
    static final int PAGE_SIZE = 100;

    private final MendixHttp http;

    BackupsClient(MendixHttp http) {
        this.http = http;
    }

    /** {@code GET /apps/{projectId}/environments/{environmentId}/snapshots}, all pages. */
    List<Snapshot> snapshots(String projectId, String environmentId) {
        String operation = "list snapshots";
        return Paging.all(MendixApi.BACKUPS, operation, (index, offset) -> http.fetch(operation,
                client -> client.get()
                    .uri("/apps/{projectId}/environments/{environmentId}/snapshots?offset={offset}&limit={limit}",
                            projectId, environmentId, offset, PAGE_SIZE),
                Snapshots.class, page -> {
                    List<SnapshotJson> snapshots = required(page.snapshots(), "snapshots");
                    boolean last = page.total() != null ? offset + snapshots.size() >= page.total()
                            : snapshots.size() < PAGE_SIZE;
                    return new Page<>(snapshots.stream().map(BackupsClient::snapshot).toList(), last);
                }));
    }

    /** {@code POST /apps/{projectId}/environments/{environmentId}/snapshots} with {@code {"comment"}}. */
    Snapshot createSnapshot(String projectId, String environmentId, String comment) {
        return http.fetch("create snapshot",
                client -> client.post()
                    .uri("/apps/{projectId}/environments/{environmentId}/snapshots", projectId, environmentId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new NewSnapshot(comment)),
                SnapshotJson.class, BackupsClient::snapshot);
    }

    /** {@code GET /apps/{projectId}/environments/{environmentId}/snapshots/{snapshotId}}. */
    Snapshot snapshot(String projectId, String environmentId, String snapshotId) {
        return http.fetch("get snapshot",
                client -> client.get()
                    .uri("/apps/{projectId}/environments/{environmentId}/snapshots/{snapshotId}", projectId,
                            environmentId, snapshotId),
                SnapshotJson.class, BackupsClient::snapshot);
    }

    private static Snapshot snapshot(SnapshotJson snapshot) {
        return new Snapshot(required(snapshot.snapshotId(), "snapshot_id"), state(required(snapshot.state(), "state")),
                snapshot.comment(), snapshot.statusMessage(), instant(snapshot.createdAt(), "created_at"),
                instant(snapshot.finishedAt(), "finished_at"));
    }

    private static Snapshot.State state(String state) {
        try {
            return Snapshot.State.valueOf(state.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            throw new MalformedAnswer("unknown snapshot state '" + state + "'");
        }
    }

    private static Instant instant(String value, String field) {
        try {
            return value == null ? null : Instant.parse(value);
        }
        catch (DateTimeParseException unreadable) {
            throw new MalformedAnswer("'" + field + "' is not an ISO 8601 instant");
        }
    }

    /**
     * The platform refuses with 400 when the environment cannot take a snapshot now or at all (not in Mendix Cloud,
     * busy, in maintenance); a person decides what to do then.
     */
    private static final class Errors implements MendixErrorDecoder {

        private static final Set<String> REFUSALS = Set.of("NOT_SUPPORTED", "ENVIRONMENT_BUSY", "INVALID_STATE",
                "ERROR_NOT_ALLOWED");

        @Override
        public PlatformError read(JsonNode body) {
            String code = text(body.get("errorCode"));
            String message = text(body.get("errorMessage"));
            return new PlatformError(code, joined(code, message != null ? message : text(body.get("message"))));
        }

        @Override
        public boolean refuses(int status, PlatformError error) {
            return status == 409 || status == 400 && REFUSALS.contains(error.code());
        }

    }

    // --- the API's JSON, as documented ---

    private record NewSnapshot(String comment) {
    }

    private record Snapshots(Integer limit, Integer offset, Integer total, List<SnapshotJson> snapshots) {
    }

    private record SnapshotJson(@JsonProperty("snapshot_id") String snapshotId, String state, String comment,
            @JsonProperty("status_message") String statusMessage, @JsonProperty("created_at") String createdAt,
            @JsonProperty("finished_at") String finishedAt) {
    }

}
