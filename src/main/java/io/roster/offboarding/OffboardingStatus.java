package io.roster.offboarding;

import java.util.Set;

/** Where a case stands, as HR sees it. */
public enum OffboardingStatus {

    /** Started; Roster is resolving the account. */
    REQUESTED,
    /** Waiting for the last working moment; the hand-over is being planned and carried out. */
    IN_PROGRESS,
    /** The account is deactivated; the remaining hand-over steps run. */
    ACCESS_DENIED,
    COMPLETED,
    CANCELLED,
    /** The e-mail address has no account in the company; nothing was done. */
    NO_ACCOUNT;

    static final Set<OffboardingStatus> ACTIVE = Set.of(REQUESTED, IN_PROGRESS, ACCESS_DENIED);

    public boolean active() {
        return ACTIVE.contains(this);
    }

}
