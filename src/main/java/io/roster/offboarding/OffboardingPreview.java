package io.roster.offboarding;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The plan Roster would follow now, computed without changing anything: whether the account exists, and per app the
 * proposal and the platform calls it implies.
 */
record OffboardingPreview(String leaverEmail, boolean accountFound, String leaverUserId,
        OffsetDateTime lastWorkingMoment, boolean termination, List<String> accessCalls, List<AppPlan> apps) {

    record AppPlan(String appId, String appName, String facts, Disposition proposal, String reason,
            List<String> platformCalls) {
    }

}
