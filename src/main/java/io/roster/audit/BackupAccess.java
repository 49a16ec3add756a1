package io.roster.audit;

/**
 * Who may manage backups or use the API of one Mendix Cloud environment (Deploy v4), beside what the member's project
 * role allows there by the Projects API (null when the role is not known).
 */
public record BackupAccess(String appId, String appName, String environmentId, String environmentName,
        boolean production, String memberEmail, boolean canManageBackups, boolean canAccessApi, String roleName,
        Boolean roleBackupAccess, Boolean roleApiRights) {
}
