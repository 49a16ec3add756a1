package io.roster.technicalcontact;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A technical-contact change as the API shows it. */
@Schema(description = "A technical-contact change")
record ChangeView(String id, String appId, String appName, String currentContactEmail, String successorEmail,
        String reason, String requestedBy, Instant requestedAt, ChangeStatus status, String decidedBy,
        @Schema(description = "The approver's comment, or the platform's reason when it refused") String outcome,
        Instant endedAt, String href) {

    static ChangeView of(TechnicalContactChange change) {
        return new ChangeView(change.id(), change.appId(), change.appName(), change.currentContactEmail(),
                change.successorEmail(), change.reason(), change.requestedBy(), change.requestedAt(), change.status(),
                change.decidedBy(), change.outcome(), change.endedAt(),
                "/api/apps/" + change.appId() + "/technical-contact-changes/" + change.id());
    }

}
