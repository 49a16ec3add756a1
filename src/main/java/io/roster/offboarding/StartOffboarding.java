package io.roster.offboarding;

import java.time.OffsetDateTime;

/**
 * A checked request: addresses in lower case, the last working moment parsed.
 *
 * @param termination access ends at once ("now")
 */
record StartOffboarding(String email, OffsetDateTime lastWorkingMoment, boolean termination, String manager,
        String defaultSuccessor, LeavingReason reason, String hrReference) {
}
