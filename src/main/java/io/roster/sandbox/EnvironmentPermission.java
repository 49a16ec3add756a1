package io.roster.sandbox;

/** What one team member may do in one Mendix Cloud environment (Deploy v4 permissions). */
record EnvironmentPermission(String userId, boolean canDeployApp, boolean canManageBackups, boolean canViewAlerts,
        boolean canAccessApi, boolean canViewLogs, boolean canManagePrivileges) {

    static EnvironmentPermission none(String userId) {
        return new EnvironmentPermission(userId, false, false, false, false, false, false);
    }

    /** The Technical Contact may do everything. */
    static EnvironmentPermission all(String userId) {
        return new EnvironmentPermission(userId, true, true, true, true, true, true);
    }

    /** The Backups API needs both "Access to Backups" and "API Rights". */
    boolean canUseBackupsApi() {
        return canManageBackups && canAccessApi;
    }

}
