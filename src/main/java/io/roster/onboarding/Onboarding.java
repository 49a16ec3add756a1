package io.roster.onboarding;

import java.time.Instant;
import java.time.LocalDate;

/** One onboarding case as Roster keeps it. */
record Onboarding(String id, String email, String firstName, String lastName, String jobTitle, String department,
        String country, String location, String manager, LocalDate startDate, String hrReference, String requestedBy,
        Instant requestedAt, OnboardingStatus status, String userId, Instant endedAt, String endNote) {

    String fullName() {
        return firstName + " " + lastName;
    }

}
