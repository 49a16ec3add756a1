package io.roster.sandbox;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One call a platform API received, as the journal keeps it.
 *
 * @param sequence the call's place in the journal, counting from 1, in the order the answers were given
 * @param time when the request arrived
 * @param operation the operation's name (the published operationId where there is one), {@code unknown} for paths
 * the API does not have
 * @param caller e-mail of the member whose credentials the call carried, when they were valid
 * @param users the users the call was about (UUIDs, or e-mails and OpenIDs where the API uses those)
 * @param outcome what the status means: success, rejected (400), denied (401, 403), not-found, refused (409),
 * rate-limited, failed (5xx)
 * @param fault the injected fault that shaped the answer: error, outage, rate-limit, latency or stall
 * @param message the error message of a failed call
 * @param state the state the answer reported for what the call was about, where the API reports one (a snapshot's
 * queued, running, completed or failed), so that a check can tell "the platform said the backup was complete" from
 * "a backup was asked for"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JournalEntry(long sequence, Instant time, String api, String operation, String method, String path,
        String query, String caller, List<String> users, String app, String environment, int status, String outcome,
        String fault, String message, String state, long durationMillis) {

    static String outcomeOf(int status) {
        if (status < 300) {
            return "success";
        }
        return switch (status) {
            case 401, 403 -> "denied";
            case 404 -> "not-found";
            case 409 -> "refused";
            case 429 -> "rate-limited";
            default -> status >= 500 ? "failed" : "rejected";
        };
    }

}
