package io.roster.audit;

import java.time.Instant;

/**
 * One access review run: what it counted and found, and what the platform admin decided.
 *
 * @param braked the orphans went over the brake's share of all members: offboarding them needed an explicit override
 */
public record AccessReview(String id, String requestedBy, Instant startedAt, Status status, Instant inventoryAt,
        Integer memberCount, Integer directoryCount, Integer orphanCount, Integer findingCount, Boolean braked,
        String confirmedBy, Boolean overrideBrake, Integer offboardings, Instant endedAt) {

    public enum Status {

        RUNNING, AWAITING_CONFIRMATION, COMPLETED, FAILED

    }

}
