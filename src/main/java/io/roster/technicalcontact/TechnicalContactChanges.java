package io.roster.technicalcontact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code technical_contact_change} table. */
@Repository
class TechnicalContactChanges {

    private static final RowMapper<TechnicalContactChange> CHANGE = (row, n) -> new TechnicalContactChange(
            row.getString("id"), row.getString("app_id"), row.getString("app_name"),
            row.getString("current_contact_email"), row.getString("successor_email"), row.getString("reason"),
            row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
            ChangeStatus.valueOf(row.getString("status")), row.getString("decided_by"), row.getString("outcome"),
            row.getTimestamp("ended_at") == null ? null : row.getTimestamp("ended_at").toInstant());

    private final JdbcTemplate jdbc;

    TechnicalContactChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TechnicalContactChange change) {
        jdbc.update("INSERT INTO technical_contact_change (id, app_id, active_app_id, app_name, current_contact_email, "
                + "successor_email, reason, requested_by, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                change.id(), change.appId(), change.appId(), change.appName(), change.currentContactEmail(),
                change.successorEmail(), change.reason(), change.requestedBy(), Timestamp.from(change.requestedAt()),
                change.status().name());
    }

    Optional<TechnicalContactChange> find(String id) {
        return jdbc.query("SELECT * FROM technical_contact_change WHERE id = ?", CHANGE, id).stream().findFirst();
    }

    Optional<TechnicalContactChange> findActive(String appId) {
        return jdbc.query("SELECT * FROM technical_contact_change WHERE active_app_id = ?", CHANGE, appId)
            .stream()
            .findFirst();
    }

    List<TechnicalContactChange> ofApp(String appId) {
        return jdbc.query("SELECT * FROM technical_contact_change WHERE app_id = ? ORDER BY requested_at DESC", CHANGE,
                appId);
    }

    void decided(String id, ChangeStatus status, String decidedBy, String comment) {
        jdbc.update("UPDATE technical_contact_change SET status = ?, decided_by = ?, outcome = ? WHERE id = ?",
                status.name(), decidedBy, comment, id);
    }

    void ended(String id, ChangeStatus status, String outcome, Instant at) {
        jdbc.update("UPDATE technical_contact_change SET status = ?, outcome = COALESCE(?, outcome), ended_at = ?, "
                + "active_app_id = NULL WHERE id = ?", status.name(), outcome, Timestamp.from(at), id);
    }

}
