package io.roster.offboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code offboarding_case} table. */
@Repository
class OffboardingCases {

    private static final RowMapper<Offboarding> CASE = (row, n) -> new Offboarding(row.getString("id"),
            row.getString("leaver_email"), toOffsetDateTime(row.getTimestamp("last_working_moment")),
            row.getBoolean("termination"), row.getString("manager"), row.getString("default_successor"),
            LeavingReason.valueOf(row.getString("reason")), row.getString("hr_reference"),
            row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
            OffboardingStatus.valueOf(row.getString("status")), row.getString("leaver_user_id"),
            toInstant(row.getTimestamp("access_denied_at")), toInstant(row.getTimestamp("ended_at")),
            row.getString("end_note"));

    private final JdbcTemplate jdbc;

    OffboardingCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Offboarding offboarding, String idempotencyKey, String requestFingerprint) {
        jdbc.update("INSERT INTO offboarding_case (id, leaver_email, active_email, last_working_moment, termination, "
                + "manager, default_successor, reason, hr_reference, requested_by, requested_at, idempotency_key, "
                + "request_fingerprint, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", offboarding.id(),
                offboarding.leaverEmail(), offboarding.leaverEmail(),
                Timestamp.from(offboarding.lastWorkingMoment().toInstant()), offboarding.termination(),
                offboarding.manager(), offboarding.defaultSuccessor(), offboarding.reason().name(),
                offboarding.hrReference(), offboarding.requestedBy(), Timestamp.from(offboarding.requestedAt()),
                idempotencyKey, requestFingerprint, offboarding.status().name());
    }

    Optional<Offboarding> find(String id) {
        return jdbc.query("SELECT * FROM offboarding_case WHERE id = ?", CASE, id).stream().findFirst();
    }

    Optional<Offboarding> findActive(String leaverEmail) {
        return jdbc.query("SELECT * FROM offboarding_case WHERE active_email = ?", CASE, leaverEmail)
            .stream()
            .findFirst();
    }

    /** The case an idempotency key created, with the fingerprint of the request that created it. */
    Optional<IdempotentRequest> findByIdempotencyKey(String key) {
        return jdbc.query("SELECT id, request_fingerprint FROM offboarding_case WHERE idempotency_key = ?",
                (row, n) -> new IdempotentRequest(row.getString("id"), row.getString("request_fingerprint")), key)
            .stream()
            .findFirst();
    }

    record IdempotentRequest(String offboardingId, String requestFingerprint) {
    }

    List<Offboarding> list(OffboardingStatus status, String leaverEmail, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM offboarding_case WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            arguments.add(status.name());
        }
        if (leaverEmail != null) {
            sql.append(" AND leaver_email = ?");
            arguments.add(leaverEmail);
        }
        sql.append(" ORDER BY requested_at DESC, id LIMIT ? OFFSET ?");
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(sql.toString(), CASE, arguments.toArray());
    }

    void accountResolved(String id, String leaverUserId) {
        jdbc.update("UPDATE offboarding_case SET leaver_user_id = ?, status = ? WHERE id = ? AND status = ?",
                leaverUserId, OffboardingStatus.IN_PROGRESS.name(), id, OffboardingStatus.REQUESTED.name());
    }

    void accessDenied(String id, Instant at) {
        jdbc.update("UPDATE offboarding_case SET access_denied_at = COALESCE(access_denied_at, ?), status = ? "
                + "WHERE id = ? AND status IN (?, ?)", Timestamp.from(at), OffboardingStatus.ACCESS_DENIED.name(), id,
                OffboardingStatus.REQUESTED.name(), OffboardingStatus.IN_PROGRESS.name());
    }

    void rescheduled(String id, OffsetDateTime lastWorkingMoment, boolean termination) {
        jdbc.update("UPDATE offboarding_case SET last_working_moment = ?, termination = ? WHERE id = ?",
                Timestamp.from(lastWorkingMoment.toInstant()), termination, id);
    }

    /** Ends the case; its e-mail is free for a new case afterwards. */
    void ended(String id, OffboardingStatus status, Instant at, String note) {
        jdbc.update("UPDATE offboarding_case SET status = ?, active_email = NULL, ended_at = ?, end_note = ? "
                + "WHERE id = ? AND ended_at IS NULL", status.name(), Timestamp.from(at), note, id);
    }

    private static OffsetDateTime toOffsetDateTime(Timestamp timestamp) {
        return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
