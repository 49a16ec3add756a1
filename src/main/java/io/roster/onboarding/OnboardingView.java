package io.roster.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An onboarding as the API shows it: the request, where it stands, the plan with each line's outcome, open tasks. */
@Schema(description = "An onboarding")
record OnboardingView(String id, String email, String firstName, String lastName, String jobTitle, String department,
        String country, String location, String manager, LocalDate startDate, String hrReference, String requestedBy,
        Instant requestedAt, OnboardingStatus status, String userId, Instant endedAt, boolean hasPicture,
        List<PlanItem> plan, List<OpenTask> openTasks, Evidence evidence, String href) {

    record OpenTask(String id, String name, String assignee) {
    }

    record Evidence(int records, boolean intact, String href) {
    }

    /** One line of the list. */
    record Summary(String id, String email, String name, LocalDate startDate, OnboardingStatus status,
            Instant requestedAt, String href) {

        static Summary of(Onboarding onboarding) {
            return new Summary(onboarding.id(), onboarding.email(), onboarding.fullName(), onboarding.startDate(),
                    onboarding.status(), onboarding.requestedAt(), "/api/onboardings/" + onboarding.id());
        }

    }

}
