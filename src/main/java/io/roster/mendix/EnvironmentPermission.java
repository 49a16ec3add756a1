package io.roster.mendix;

/** What one member (by e-mail) may do in one Mendix Cloud environment (Deploy API v4). */
public record EnvironmentPermission(String memberEmail, boolean canDeployApp, boolean canManageBackups,
        boolean canViewAlerts, boolean canAccessApi, boolean canViewLogs, boolean canManagePrivileges) {
}
