package io.roster.offboarding;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An offboarding case as HR requested it, and where it stands.
 *
 * @param lastWorkingMoment when access must end, with the zone HR gave
 * @param termination access ends now, without waiting
 * @param manager the reviewer: a Roster user id or an e-mail address
 */
public record Offboarding(String id, String leaverEmail, OffsetDateTime lastWorkingMoment, boolean termination,
        String manager, String defaultSuccessor, LeavingReason reason, String hrReference, String requestedBy,
        Instant requestedAt, OffboardingStatus status, String leaverUserId, Instant accessDeniedAt, Instant endedAt,
        String endNote) {
}
