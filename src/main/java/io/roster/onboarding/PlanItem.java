package io.roster.onboarding;

/**
 * One line of an onboarding plan: a team to join with a role, permissions in one environment of an app, or an
 * internal step with the group that does it.
 */
record PlanItem(int seq, Kind kind, String appId, String roleName, String environment, String permissions,
        String step, String ownerGroup, String status, String note) {

    enum Kind {

        TEAM, ENVIRONMENT, STEP

    }

    static final String PLANNED = "PLANNED";

    String describe() {
        return switch (kind) {
            case TEAM -> "team of app " + appId + " as " + roleName;
            case ENVIRONMENT -> environment + " of app " + appId + ": " + permissions;
            case STEP -> step + " (" + ownerGroup + ")";
        };
    }

}
