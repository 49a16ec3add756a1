package io.roster.offboarding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What HR sends to start (or preview) an offboarding. */
@Schema(description = "An offboarding as HR requests it")
record OffboardingRequest(
        @Schema(description = "The leaver's e-mail address, as their Mendix account knows it",
                example = "olivia.brown@brightwater.example") @NotBlank @Size(max = 200) @Email(
                        regexp = ".+@.+\\..+", message = "must be an e-mail address") String email,
        @Schema(description = "When platform access must end: an ISO 8601 date-time with zone, or \"now\" for a "
                + "termination", example = "2026-12-31T17:00:00+01:00") @NotBlank @Size(max = 40) String lastWorkingMoment,
        @Schema(description = "Who reviews the hand-over plan: a Roster user id or an e-mail address",
                example = "mark") @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
                        message = "must not contain control characters") String manager,
        @Schema(description = "Who takes over as Technical Contact unless the manager decides otherwise",
                example = "liam.novak@brightwater.example") @Size(max = 200) @Email(regexp = ".+@.+\\..+",
                        message = "must be an e-mail address") String defaultSuccessor,
        @Schema(description = "Why the person leaves") @NotNull LeavingReason reason,
        @Schema(description = "HR's own reference", example = "HR-2026-0412") @Size(max = 100) @Pattern(
                regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String hrReference) {
}
