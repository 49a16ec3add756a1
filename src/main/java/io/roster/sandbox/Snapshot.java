package io.roster.sandbox;

import java.time.Instant;
import java.util.Locale;

/**
 * A backup snapshot. It goes queued, running, then completed (or failed when its app was set to fail) on a schedule
 * fixed when it was created, so its state follows from the clock alone and needs no background work.
 */
record Snapshot(String snapshotId, String appId, String environmentId, String comment, String modelVersion,
        String createdBy, Instant createdAt, Instant runningAt, Instant finishedAt, boolean failing) {

    enum State {

        QUEUED, RUNNING, COMPLETED, FAILED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    State stateAt(Instant now) {
        if (now.isBefore(runningAt)) {
            return State.QUEUED;
        }
        if (now.isBefore(finishedAt)) {
            return State.RUNNING;
        }
        return failing ? State.FAILED : State.COMPLETED;
    }

    boolean busyAt(Instant now) {
        return now.isBefore(finishedAt);
    }

}
