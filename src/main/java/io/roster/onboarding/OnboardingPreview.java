package io.roster.onboarding;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What Roster would do for this request now, without changing anything. */
@Schema(description = "The plan of an onboarding, as a dry run")
record OnboardingPreview(String email,
        @Schema(description = "NONE (the new hire signs up), ACTIVE or DEACTIVATED (a rehire)") String accountState,
        String userId, List<PlanItem> plan, List<String> steps) {
}
