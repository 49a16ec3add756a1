package io.roster.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One member as the platform and the latest Control Center export show them. Fields no source had are null; the
 * {@code controlCenterExport} part says whether an export was there to ask.
 */
@Schema(description = "A member's profile: platform identifiers and apps, plus the Control Center export's fields")
record MemberProfile(String email,
        @Schema(description = "Mendix user UUID (User Identifiers API)") String userId,
        @Schema(description = "OpenID (identity map, else the legacy User Management API when configured)") String openId,
        String directoryId,
        @Schema(description = "Whether the platform found an account in the company") boolean accountInCompany,
        @Schema(description = "Active, Deactivated or External as the export says; null when no export knows") String status,
        String certification, LocalDate signupDate,
        @Schema(description = "Apps the platform lists for the member (the export's own count is in "
                + "controlCenterExport)") int numberOfApps,
        List<AppRole> apps, Export controlCenterExport) {

    /** One app of the member: their role and whether they are its Technical Contact. */
    record AppRole(String appId, String name, String role, boolean administrator, boolean technicalContact,
            boolean active) {
    }

    /**
     * What the Control Center export said. {@code found} false with a {@code note} when there was no export or the
     * member is not in it.
     */
    record Export(boolean found, Instant importedAt, String name, Integer numberOfApps, String jobTitle,
            String country, String location, Instant lastActivity, String note) {
    }

}
