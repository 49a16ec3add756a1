package io.roster.onboarding;

import java.time.LocalDate;

/** A checked onboarding request: addresses in lower case, the start date parsed, the picture verified. */
record StartOnboarding(String email, String firstName, String lastName, String jobTitle, String department,
        String country, String location, String manager, LocalDate startDate, String hrReference, Picture picture) {
}
