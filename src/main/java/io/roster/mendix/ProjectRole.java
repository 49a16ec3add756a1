package io.roster.mendix;

import java.util.List;

/** A company project role and what it allows (Projects API {@code GET /accounts/{id}/roles}). */
public record ProjectRole(String roleId, String name, boolean administrator, boolean cloudAccess,
        List<EnvironmentAccess> environmentPermissions) {

    /** What the role allows in one type of environment ({@code production} or {@code non_production}). */
    public record EnvironmentAccess(String environmentType, String accessType, boolean backupAccess, boolean apiRights,
            boolean manageRights, boolean transportRights, boolean monitoringAccess) {
    }

}
