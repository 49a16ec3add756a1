package io.roster.mendix;

import java.time.Instant;

/** One event of the platform audit trail; it carries both the UUID and the e-mail of who did it. */
public record AuditEvent(String logId, Instant timestamp, String userUuid, String userEmail, String action,
        String description, String outcome, String resourceId, String resourceType, String resourceName) {
}
