package io.roster.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the Control Center members export that Roster reads. A header matches when it equals the name
 * ignoring case, spaces and punctuation ("Signup Date", "signup_date"); any other header is reported as unknown.
 */
enum ExportColumn {

    EMAIL("Email"), NAME("Name"), STATUS("Status"), CERTIFICATION("Certification"), NUMBER_OF_APPS("NumberOfApps"),
    SIGNUP_DATE("SignupDate"), MENDIX_ADMIN("MendixAdmin"), JOB_TITLE("JobTitle"), COUNTRY("Country"),
    LOCATION("Location"), UUID("UUID"), LAST_ACTIVITY("LastActivity"), COMPANY("Company");

    final String header;

    ExportColumn(String header) {
        this.header = header;
    }

    static Optional<ExportColumn> of(String header) {
        String key = normalise(header);
        for (ExportColumn column : values()) {
            if (normalise(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

}
