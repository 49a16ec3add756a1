package io.roster.sandbox;

import java.time.Instant;

/** A pending invitation of someone from another company to an app's team; they join when they accept. */
record Invitation(String userId, String roleId, Instant invitedAt, String invitedBy) {
}
