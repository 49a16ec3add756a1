package io.roster.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * A company project role (Projects API: centralized project roles). The administrator role is what the platform calls
 * the Scrum Master. Environment permissions give new team members their default rights per environment type.
 */
record Role(String roleId, String name, String description, boolean administrator, boolean repositoryAccess,
        boolean cloudAccess, boolean storyAccess, boolean invitationRights,
        List<EnvironmentAccess> environmentPermissions, Instant changedOn) {

    static final String PRODUCTION = "production";

    static final String NON_PRODUCTION = "non_production";

    /** What the role allows in one type of environment ({@code accessType}: no_access, access or custom). */
    record EnvironmentAccess(String environmentType, String accessType, boolean manageRights,
            boolean transportRights, boolean backupAccess, boolean monitoringAccess, boolean apiRights) {
    }

    /** The Deploy v4 permissions a new team member with this role gets in the environment. */
    EnvironmentPermission defaultPermission(String userId, boolean production) {
        String type = production ? PRODUCTION : NON_PRODUCTION;
        return environmentPermissions.stream()
            .filter(access -> access.environmentType().equals(type) && !access.accessType().equals("no_access"))
            .findFirst()
            .map(access -> new EnvironmentPermission(userId, access.transportRights(), access.backupAccess(),
                    access.monitoringAccess(), access.apiRights(), access.monitoringAccess(), access.manageRights()))
            .orElse(EnvironmentPermission.none(userId));
    }

}
