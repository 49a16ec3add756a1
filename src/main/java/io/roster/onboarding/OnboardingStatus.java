package io.roster.onboarding;

/** Where an onboarding stands. */
public enum OnboardingStatus {

    /** Waiting for the new hire's account (sign-up) or its reactivation. */
    WAITING_FOR_ACCOUNT,
    /** The account exists: teams, permissions and internal steps are under way. */
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    boolean active() {
        return this == WAITING_FOR_ACCOUNT || this == IN_PROGRESS;
    }

}
