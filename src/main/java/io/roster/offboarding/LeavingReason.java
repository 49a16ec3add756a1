package io.roster.offboarding;

/** Why the person leaves, as HR records it. */
public enum LeavingReason {

    RESIGNATION, TERMINATION, RETIREMENT, END_OF_CONTRACT, TRANSFER, OTHER

}
