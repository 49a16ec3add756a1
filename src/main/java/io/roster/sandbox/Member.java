package io.roster.sandbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A platform user. Most APIs know them by {@code userId} (a UUID), Deploy v4 by e-mail, the legacy API by OpenID; the
 * OpenID's id is deliberately not the UUID, so a client cannot derive one from the other.
 * <p>
 * The profile fields are what Control Center shows and exports (no API returns them).
 */
record Member(String userId, String openId, String email, String name, String accountId, boolean active,
        boolean mendixAdmin, String jobTitle, String certification, LocalDate signupDate, String country,
        String location, Instant lastActivity) {

    static final String OPENID_PREFIX = "https://mxid2.mendixcloud.com/mxid2/id?id=";

    Member withActive(boolean newActive) {
        return new Member(userId, openId, email, name, accountId, newActive, mendixAdmin, jobTitle, certification,
                signupDate, country, location, lastActivity);
    }

    boolean hasEmail(String candidate) {
        return email.equalsIgnoreCase(candidate.trim());
    }

}
