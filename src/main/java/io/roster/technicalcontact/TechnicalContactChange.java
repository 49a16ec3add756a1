package io.roster.technicalcontact;

import java.time.Instant;

/**
 * One requested change of an app's Technical Contact, as Roster keeps it.
 *
 * @param outcome why it ended as it did: the approver's comment or the platform's reason for a refusal
 */
record TechnicalContactChange(String id, String appId, String appName, String currentContactEmail,
        String successorEmail, String reason, String requestedBy, Instant requestedAt, ChangeStatus status,
        String decidedBy, String outcome, Instant endedAt) {
}
