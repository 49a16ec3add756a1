package io.roster.onboarding;

import java.util.List;

import io.roster.identity.MemberProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether an existing account is deactivated. No Mendix API says so (User Identifiers finds deactivated accounts
 * too), so Roster believes the latest Control Center export when one was imported, else its own records: an
 * offboarding that denied the person's access and no onboarding since.
 */
@Component
class AccountStatuses {

    private final ObjectProvider<MemberProperties> exports;

    private final JdbcTemplate jdbc;

    AccountStatuses(ObjectProvider<MemberProperties> exports, JdbcTemplate jdbc) {
        this.exports = exports;
        this.jdbc = jdbc;
    }

    boolean deactivated(String email) {
        MemberProperties export = exports.getIfAvailable();
        if (export != null) {
            var row = export.byEmail(email);
            if (row.isPresent() && row.get().status() != null) {
                return row.get().status().equalsIgnoreCase("Deactivated");
            }
        }
        List<Boolean> deniedSinceLastOnboarding = jdbc.queryForList("SELECT o.access_denied_at IS NOT NULL "
                + "FROM offboarding_case o WHERE o.leaver_email = ? AND o.access_denied_at IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM onboarding_case n WHERE n.email = o.leaver_email AND n.status = 'COMPLETED' "
                + "AND n.ended_at > o.access_denied_at)", Boolean.class, email);
        return !deniedSinceLastOnboarding.isEmpty();
    }

}
