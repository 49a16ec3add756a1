package io.roster.onboarding;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code onboarding_case}, {@code onboarding_picture} and {@code onboarding_plan_item} tables. */
@Repository
class OnboardingCases {

    private static final RowMapper<Onboarding> CASE = (row, n) -> new Onboarding(row.getString("id"),
            row.getString("email"), row.getString("first_name"), row.getString("last_name"),
            row.getString("job_title"), row.getString("department"), row.getString("country"),
            row.getString("location"), row.getString("manager"), row.getDate("start_date").toLocalDate(),
            row.getString("hr_reference"), row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
            OnboardingStatus.valueOf(row.getString("status")), row.getString("user_id"),
            row.getTimestamp("ended_at") == null ? null : row.getTimestamp("ended_at").toInstant(),
            row.getString("end_note"));

    private static final RowMapper<PlanItem> ITEM = (row, n) -> new PlanItem(row.getInt("seq"),
            PlanItem.Kind.valueOf(row.getString("kind")), row.getString("app_id"), row.getString("role_name"),
            row.getString("environment"), row.getString("permissions"), row.getString("step"),
            row.getString("owner_group"), row.getString("status"), row.getString("note"));

    private final JdbcTemplate jdbc;

    OnboardingCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Onboarding onboarding, String idempotencyKey, String fingerprint) {
        jdbc.update("INSERT INTO onboarding_case (id, email, active_email, first_name, last_name, job_title, "
                + "department, country, location, manager, start_date, hr_reference, requested_by, requested_at, "
                + "status, idempotency_key, request_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?)", onboarding.id(), onboarding.email(),
                onboarding.email(), onboarding.firstName(), onboarding.lastName(), onboarding.jobTitle(),
                onboarding.department(), onboarding.country(), onboarding.location(), onboarding.manager(),
                Date.valueOf(onboarding.startDate()), onboarding.hrReference(), onboarding.requestedBy(),
                Timestamp.from(onboarding.requestedAt()), onboarding.status().name(), idempotencyKey, fingerprint);
    }

    /** The case an idempotency key created: its id and the fingerprint of the request that created it. */
    Optional<String[]> findByIdempotencyKey(String key) {
        return jdbc.query("SELECT id, request_fingerprint FROM onboarding_case WHERE idempotency_key = ?",
                (row, n) -> new String[] { row.getString("id"), row.getString("request_fingerprint") }, key)
            .stream()
            .findFirst();
    }

    Optional<Onboarding> find(String id) {
        return jdbc.query("SELECT * FROM onboarding_case WHERE id = ?", CASE, id).stream().findFirst();
    }

    Optional<Onboarding> findActive(String email) {
        return jdbc.query("SELECT * FROM onboarding_case WHERE active_email = ?", CASE, email).stream().findFirst();
    }

    List<Onboarding> list(OnboardingStatus status, int limit, int offset) {
        return status == null
                ? jdbc.query("SELECT * FROM onboarding_case ORDER BY requested_at DESC LIMIT ? OFFSET ?", CASE, limit,
                        offset)
                : jdbc.query("SELECT * FROM onboarding_case WHERE status = ? ORDER BY requested_at DESC LIMIT ? "
                        + "OFFSET ?", CASE, status.name(), limit, offset);
    }

    void accountFound(String id, String userId) {
        jdbc.update("UPDATE onboarding_case SET user_id = ?, status = ? WHERE id = ? AND status = ?", userId,
                OnboardingStatus.IN_PROGRESS.name(), id, OnboardingStatus.WAITING_FOR_ACCOUNT.name());
    }

    void ended(String id, OnboardingStatus status, Instant at, String note) {
        jdbc.update("UPDATE onboarding_case SET status = ?, ended_at = ?, end_note = ?, active_email = NULL "
                + "WHERE id = ?", status.name(), Timestamp.from(at), note, id);
    }

    void savePicture(String id, Picture picture) {
        jdbc.update("INSERT INTO onboarding_picture (case_id, content_type, content) VALUES (?, ?, ?)", id,
                picture.contentType(), picture.content());
    }

    Optional<Picture> picture(String id) {
        return jdbc.query("SELECT content_type, content FROM onboarding_picture WHERE case_id = ?",
                (row, n) -> new Picture(row.getString("content_type"), row.getBytes("content")), id)
            .stream()
            .findFirst();
    }

    void savePlan(String id, List<PlanItem> items) {
        jdbc.update("DELETE FROM onboarding_plan_item WHERE case_id = ?", id);
        for (PlanItem item : items) {
            jdbc.update("INSERT INTO onboarding_plan_item (case_id, seq, kind, app_id, role_name, environment, "
                    + "permissions, step, owner_group, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    item.seq(), item.kind().name(), item.appId(), item.roleName(), item.environment(),
                    item.permissions(), item.step(), item.ownerGroup(), item.status(), item.note());
        }
    }

    List<PlanItem> plan(String id) {
        return jdbc.query("SELECT * FROM onboarding_plan_item WHERE case_id = ? ORDER BY seq", ITEM, id);
    }

    /** What the new hire could do in the line's environment before Roster set it; empty when it was not read. */
    Optional<String> previousPermissions(String id, int seq) {
        return jdbc.queryForList("SELECT previous_permissions FROM onboarding_plan_item WHERE case_id = ? AND seq = ?",
                String.class, id, seq).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    void recordPreviousPermissions(String id, int seq, String permissions) {
        jdbc.update("UPDATE onboarding_plan_item SET previous_permissions = ? WHERE case_id = ? AND seq = ?",
                permissions, id, seq);
    }

    void itemStatus(String id, int seq, String status, String note) {
        jdbc.update("UPDATE onboarding_plan_item SET status = ?, note = ? WHERE case_id = ? AND seq = ?", status,
                note, id, seq);
    }

}
