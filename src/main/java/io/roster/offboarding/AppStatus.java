package io.roster.offboarding;

import java.util.Set;

/** Where one app of the plan stands. */
public enum AppStatus {

    /** In the plan the manager is reviewing. */
    PROPOSED,
    /** The manager decided and Roster is carrying it out. */
    APPROVED,
    /** The successor is Technical Contact; the leaver leaves the team after their last day. */
    TECHNICAL_CONTACT_CHANGED,
    /** Waiting for a person (planned as manual, or the platform refused, or a snapshot failed). */
    MANUAL_PENDING,
    DONE,
    RESOLVED_MANUALLY,
    /** The offboarding was cancelled; a changed Technical Contact was given back. */
    RESTORED;

    static final Set<AppStatus> SETTLED = Set.of(DONE, RESOLVED_MANUALLY, RESTORED);

    boolean settled() {
        return SETTLED.contains(this);
    }

}
