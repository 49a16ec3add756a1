package io.roster.offboarding;

/** What happens to one of the leaver's apps. */
public enum Disposition {

    /** A successor becomes Technical Contact (joining the team first if needed); then the leaver leaves the team. */
    REASSIGN_TECHNICAL_CONTACT("Hand over: a successor becomes Technical Contact"),
    /** After a backup snapshot and a platform admin's approval, the app is deleted. */
    DELETE_APP("Delete the app (after a backup and a platform admin's approval)"),
    /** The leaver is removed from the team. */
    LEAVE_TEAM("Remove the leaver from the team"),
    /** A person resolves it by hand, with instructions. */
    MANUAL("Handle by hand");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The review form's list (a process variable of app ids) that holds the apps with this disposition. */
    public String reviewList() {
        return switch (this) {
            case REASSIGN_TECHNICAL_CONTACT -> OffboardingProcess.Var.HAND_OVER_APPS;
            case DELETE_APP -> OffboardingProcess.Var.DELETE_APPS;
            case LEAVE_TEAM -> OffboardingProcess.Var.LEAVE_TEAM_APPS;
            case MANUAL -> OffboardingProcess.Var.MANUAL_APPS;
        };
    }

}
