package io.roster.technicalcontact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager or platform admin sends to change an app's Technical Contact. */
@Schema(description = "A requested change of an app's Technical Contact")
record ChangeRequest(
        @Schema(description = "Who becomes Technical Contact: their e-mail address in the company",
                example = "liam.novak@brightwater.example") @NotBlank @Size(max = 200) @Email(regexp = ".+@.+\\..+",
                        message = "must be an e-mail address") String successorEmail,
        @Schema(description = "Why, for the approver and the evidence", example = "Olivia moves to another team")
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*",
                message = "must not contain control characters") String reason) {
}
