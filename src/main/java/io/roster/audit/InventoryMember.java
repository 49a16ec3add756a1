package io.roster.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One member in the inventory, merged from the Projects API crawl (apps, roles, active, external), the latest Control
 * Center export (the properties no API returns) and the identity map (e-mail of a UUID). A null field has no source;
 * {@link #inExport} tells whether the export knew the member at all.
 *
 * @param active whether the platform account is live: the crawl's answer, else the export's status, else null
 * @param numberOfApps the export's count, else the apps the crawl found
 * @param backupAccess where the member may manage backups or use the API (Deploy v4), e.g. "Claims / Production:
 * backups, API"
 */
public record InventoryMember(String email, String userId, String name, String status, Boolean active,
        String certification, Integer numberOfApps, LocalDate signupDate, Boolean mendixAdmin, String jobTitle,
        String country, String location, Instant lastActivity, String company, boolean external, boolean inExport,
        List<MemberApp> apps, List<String> backupAccess) {

    /** One app of the member with their role in it. */
    public record MemberApp(String appId, String appName, String roleName, boolean technicalContact) {
    }

}
