package io.roster.technicalcontact;

/** Where a technical-contact change stands. */
public enum ChangeStatus {

    AWAITING_APPROVAL, APPROVED, CHANGED, REJECTED, REFUSED;

    boolean active() {
        return this == AWAITING_APPROVAL || this == APPROVED;
    }

}
