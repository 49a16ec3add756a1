package io.roster.mendix;

import java.time.Instant;

/**
 * A query of the platform audit trail. Null fields do not filter.
 *
 * @param maxEvents stop following pages after this many events
 */
public record AuditQuery(String resourceId, String resourceType, Instant from, Instant to, String text,
        int maxEvents) {
}
