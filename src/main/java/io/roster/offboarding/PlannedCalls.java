package io.roster.offboarding;

import java.util.List;

/** The platform calls a disposition implies, as a preview shows them. */
final class PlannedCalls {

    private PlannedCalls() {
    }

    static List<String> forAccess(String userId, boolean termination) {
        return List.of("User Deactivation API: PATCH /platform-users/" + userId + " {\"active\":false} "
                + (termination ? "at once" : "at the last working moment"));
    }

    static List<String> forApp(AppFacts app, Disposition disposition) {
        String id = app.appId();
        return switch (disposition) {
            case REASSIGN_TECHNICAL_CONTACT -> List.of(
                    "Projects API v2: POST /projects/" + id + "/members (the successor, unless already in the team)",
                    "Deploy API v4: PATCH /apps/" + id + " {\"technicalContact\":{\"userId\":<successor>}}",
                    "Projects API v2: DELETE /projects/" + id + "/members/<leaver> (after the last working moment)");
            case DELETE_APP -> List.of("Deploy API v4: GET /apps/" + id + "/environments",
                    "Backups API v2: POST .../environments/<each>/snapshots, followed until completed",
                    "Projects API v2: DELETE /projects/" + id + " (after a platform admin approved, after the last "
                            + "working moment)");
            case LEAVE_TEAM -> List.of("Projects API v2: DELETE /projects/" + id
                    + "/members/<leaver> (after the last working moment)");
            case MANUAL -> List.of();
        };
    }

}
