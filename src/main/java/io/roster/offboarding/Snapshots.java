package io.roster.offboarding;

import java.util.ArrayList;
import java.util.List;

/**
 * The backup snapshots taken of an app before it is deleted, one per environment, kept in the plan row as
 * {@code envId:snapshotId,...}.
 */
record Snapshots(List<Taken> taken) {

    record Taken(String environmentId, String snapshotId) {
    }

    /** What the snapshots of an app amount to, for the gateway before the delete. */
    enum State {

        /** The app has no Mendix Cloud environment, so there is no data to back up. */
        NONE, RUNNING, COMPLETED

    }

    static Snapshots parse(String stored) {
        List<Taken> taken = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(",")) {
                String[] parts = pair.split(":", 2);
                taken.add(new Taken(parts[0], parts[1]));
            }
        }
        return new Snapshots(taken);
    }

    String format() {
        return String.join(",", taken.stream().map(t -> t.environmentId() + ":" + t.snapshotId()).toList());
    }

    /** The label that makes taking the snapshot idempotent: the same case and app always ask for the same one. */
    static String label(String caseId, String appId) {
        return "Roster offboarding " + caseId + ": before deleting app " + appId;
    }

}
