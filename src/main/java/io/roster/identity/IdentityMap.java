package io.roster.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import io.roster.mendix.IdentityObserver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Links a person's e-mail to their Mendix user UUID, OpenID and directory id as responses reveal them. The e-mail is
 * the key (lower case). When an identifier moves to another e-mail (an address was reused), the newer observation
 * wins and the older link loses that identifier.
 */
@Service
public class IdentityMap implements IdentityObserver {

    private static final RowMapper<IdentityLink> LINK = (row, n) -> new IdentityLink(row.getString("email"),
            row.getString("mendix_user_id"), row.getString("open_id"), row.getString("directory_id"),
            row.getTimestamp("first_seen_at").toInstant(), row.getTimestamp("last_seen_at").toInstant());

    private final JdbcTemplate jdbc;

    private final Clock clock;

    IdentityMap(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Platform answers that carry an e-mail and a UUID (User Identifiers, audit events). */
    @Override
    public void observed(String email, String userId) {
        linkUserId(email, userId);
    }

    /** Legacy answers that carry an e-mail and an OpenID. */
    @Override
    public void observedOpenId(String email, String openId) {
        linkOpenId(email, openId);
    }

    public void linkUserId(String email, String mendixUserId) {
        link(email, "mendix_user_id", mendixUserId);
    }

    public void linkOpenId(String email, String openId) {
        link(email, "open_id", openId);
    }

    public void linkDirectoryId(String email, String directoryId) {
        link(email, "directory_id", directoryId);
    }

    public Optional<IdentityLink> byEmail(String email) {
        return find("email", normalise(email));
    }

    public Optional<IdentityLink> byUserId(String mendixUserId) {
        return find("mendix_user_id", mendixUserId);
    }

    public Optional<IdentityLink> byOpenId(String openId) {
        return find("open_id", openId);
    }

    public Optional<IdentityLink> byDirectoryId(String directoryId) {
        return find("directory_id", directoryId);
    }

    private Optional<IdentityLink> find(String column, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM identity_link WHERE " + column + " = ?", LINK, value).stream().findFirst();
    }

    /** Upsert, retried once when a concurrent writer inserted the same e-mail first. */
    private void link(String email, String column, String value) {
        if (email == null || email.isBlank() || value == null || value.isBlank()) {
            return;
        }
        try {
            upsert(normalise(email), column, value);
        }
        catch (DataIntegrityViolationException raced) {
            upsert(normalise(email), column, value);
        }
    }

    private void upsert(String email, String column, String value) {
        Timestamp now = Timestamp.from(clock.instant());
        // the identifier belongs to this person now; an older link with it gives it up
        jdbc.update("UPDATE identity_link SET " + column + " = NULL WHERE " + column + " = ? AND email <> ?", value,
                email);
        int updated = jdbc.update("UPDATE identity_link SET " + column + " = ?, last_seen_at = ? WHERE email = ?",
                value, now, email);
        if (updated == 0) {
            jdbc.update("INSERT INTO identity_link (email, " + column + ", first_seen_at, last_seen_at) "
                    + "VALUES (?, ?, ?, ?)", email, value, now, now);
        }
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

}
