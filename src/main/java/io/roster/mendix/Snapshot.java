package io.roster.mendix;

import java.time.Instant;

/**
 * A backup snapshot of an environment (Backups API v2). Goes queued, running, then completed or failed.
 *
 * @param label the comment Roster gave it, which also makes creating it idempotent
 */
public record Snapshot(String snapshotId, State state, String label, String statusMessage, Instant createdAt,
        Instant finishedAt) {

    public enum State {

        QUEUED, RUNNING, COMPLETED, FAILED;

        public boolean finished() {
            return this == COMPLETED || this == FAILED;
        }

    }

}
