package io.roster.onboarding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What HR sends to start (or preview) an onboarding, as JSON; the picture as base64 inside it, or as a file part of
 * a multipart request.
 */
@Schema(description = "An onboarding as HR requests it")
record OnboardingRequest(
        @Schema(description = "The new hire's company e-mail address; their Mendix account will use it",
                example = "nora.vos@brightwater.example") @NotBlank @Size(max = 200) @Email(regexp = ".+@.+\\..+",
                        message = "must be an e-mail address") String email,
        @Schema(example = "Nora") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT, message = NO_CONTROL) String firstName,
        @Schema(example = "Vos") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT, message = NO_CONTROL) String lastName,
        @Schema(description = "Decides the plan with the department (onboarding-plan.dmn)",
                example = "Mendix Developer") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT,
                        message = NO_CONTROL) String jobTitle,
        @Schema(example = "Claims") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT,
                message = NO_CONTROL) String department,
        @Schema(example = "Netherlands") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT,
                message = NO_CONTROL) String country,
        @Schema(example = "Rotterdam") @NotBlank @Size(max = 100) @Pattern(regexp = TEXT,
                message = NO_CONTROL) String location,
        @Schema(description = "Who gets the summary and the managers' steps: a Roster user id or an e-mail address",
                example = "mark") @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROL) String manager,
        @Schema(description = "First working day (ISO 8601 date)", example = "2027-01-04") @NotBlank String startDate,
        @Schema(description = "HR's own reference", example = "HR-2026-0977") @Size(max = 100) @Pattern(
                regexp = TEXT, message = NO_CONTROL) String hrReference,
        @Schema(description = "Optional profile picture (PNG or JPEG)") PictureUpload picture) {

    static final String TEXT = "[^\\p{Cntrl}]*";

    static final String NO_CONTROL = "must not contain control characters";

    /** A picture inside a JSON request. */
    record PictureUpload(@Schema(example = "image/png") String contentType,
            @Schema(description = "The image, base64-encoded") String base64) {
    }

}
