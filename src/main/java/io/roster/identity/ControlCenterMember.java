package io.roster.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One member as the Control Center members export lists them. Fields the export did not have are null.
 *
 * @param status {@code Active}, {@code Deactivated} or {@code External}, as the export's tab or column says
 * @param importedAt when the export this row came from was imported
 */
public record ControlCenterMember(String email, String name, String status, String certification,
        LocalDate signupDate, Integer numberOfApps, Boolean mendixAdmin, String jobTitle, String country,
        String location, String memberId, Instant lastActivity, String company, Instant importedAt) {
}
