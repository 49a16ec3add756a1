package io.roster.identity;

import java.time.Instant;

/** What Roster knows of one person's identifiers; fields it has not seen are null. */
public record IdentityLink(String email, String mendixUserId, String openId, String directoryId, Instant firstSeenAt,
        Instant lastSeenAt) {
}
