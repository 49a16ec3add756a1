package io.roster.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access reviews in Roster's database: each run's inventory, backup access and findings. Writes are batched, reads
 * for the reports go row by row, so neither needs all of a large company in memory at once.
 */
@Repository
class AccessReviews {

    private static final int BATCH = 1000;

    private static final RowMapper<AccessReview> REVIEW = (row, n) -> new AccessReview(row.getString("id"),
            row.getString("requested_by"), instant(row, "started_at"),
            AccessReview.Status.valueOf(row.getString("status")), instant(row, "inventory_at"),
            integer(row, "member_count"), integer(row, "directory_count"), integer(row, "orphan_count"),
            integer(row, "finding_count"), flag(row, "braked"), row.getString("confirmed_by"),
            flag(row, "override_brake"), integer(row, "offboardings"), instant(row, "ended_at"));

    private static final RowMapper<Finding> FINDING = (row, n) -> new Finding(Finding.Kind.valueOf(row.getString("kind")),
            row.getString("email"), row.getString("user_id"), row.getString("name"), row.getString("directory_id"),
            row.getString("detail"));

    private final JdbcTemplate jdbc;

    /** For the reports' reads: PostgreSQL streams rows in pages of this size only inside a transaction. */
    private final JdbcTemplate streaming;

    private final Clock clock;

    AccessReviews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(500);
        this.clock = clock;
    }

    AccessReview open(String requestedBy) {
        String id = "rev-" + UUID.randomUUID();
        jdbc.update("INSERT INTO access_review (id, requested_by, started_at, status) VALUES (?, ?, ?, ?)", id,
                requestedBy, Timestamp.from(clock.instant()), AccessReview.Status.RUNNING.name());
        return find(id).orElseThrow();
    }

    Optional<AccessReview> find(String id) {
        return jdbc.query("SELECT * FROM access_review WHERE id = ?", REVIEW, id).stream().findFirst();
    }

    List<AccessReview> recent(int limit) {
        return jdbc.query("SELECT * FROM access_review ORDER BY started_at DESC FETCH FIRST " + limit + " ROWS ONLY",
                REVIEW);
    }

    /** The newest review whose inventory was built: the reports' default. */
    Optional<AccessReview> latestWithInventory() {
        return jdbc.query("SELECT * FROM access_review WHERE inventory_at IS NOT NULL ORDER BY inventory_at DESC",
                REVIEW).stream().findFirst();
    }

    /** Replaces the review's inventory (a retried job writes it again). */
    @Transactional
    void saveInventory(String reviewId, Inventory inventory) {
        jdbc.update("DELETE FROM inventory_member WHERE review_id = ?", reviewId);
        jdbc.update("DELETE FROM backup_access WHERE review_id = ?", reviewId);
        List<Object[]> rows = new ArrayList<>(BATCH);
        int position = 0;
        for (InventoryMember m : inventory.members()) {
            rows.add(new Object[] { reviewId, position++, m.email(), m.userId(), m.name(), m.status(), m.active(),
                    m.certification(), m.numberOfApps(), m.signupDate() == null ? null : Date.valueOf(m.signupDate()),
                    m.mendixAdmin(), m.jobTitle(), m.country(), m.location(),
                    m.lastActivity() == null ? null : Timestamp.from(m.lastActivity()), m.company(), m.external(),
                    m.inExport(), apps(m), String.join("; ", m.backupAccess()) });
            flushIfFull(rows, "INSERT INTO inventory_member (review_id, position, email, user_id, name, status, active, "
                    + "certification, number_of_apps, signup_date, mendix_admin, job_title, country, location, "
                    + "last_activity, company, external_member, in_export, apps, backup_access) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", false);
        }
        flushIfFull(rows, "INSERT INTO inventory_member (review_id, position, email, user_id, name, status, active, "
                + "certification, number_of_apps, signup_date, mendix_admin, job_title, country, location, "
                + "last_activity, company, external_member, in_export, apps, backup_access) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
        position = 0;
        String backupInsert = "INSERT INTO backup_access (review_id, position, app_id, app_name, environment_id, "
                + "environment_name, production, member_email, can_manage_backups, can_access_api, role_name, "
                + "role_backup_access, role_api_rights) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (BackupAccess b : inventory.backupAccess()) {
            rows.add(new Object[] { reviewId, position++, b.appId(), b.appName(), b.environmentId(),
                    b.environmentName(), b.production(), b.memberEmail(), b.canManageBackups(), b.canAccessApi(),
                    b.roleName(), b.roleBackupAccess(), b.roleApiRights() });
            flushIfFull(rows, backupInsert, false);
        }
        flushIfFull(rows, backupInsert, true);
        jdbc.update("UPDATE access_review SET inventory_at = ?, member_count = ? WHERE id = ?",
                Timestamp.from(inventory.builtAt()), inventory.members().size(), reviewId);
    }

    /** A stored inventory member; their apps as the stored text ("Claims (Developer; Technical Contact); ..."). */
    record StoredMember(InventoryMember member, String apps) {
    }

    /** The review's inventory members, read row by row in their stored order. */
    @Transactional(readOnly = true)
    void forEachMember(String reviewId, Consumer<StoredMember> each) {
        streaming.query("SELECT * FROM inventory_member WHERE review_id = ? ORDER BY position", row -> {
            each.accept(member(row));
        }, reviewId);
    }

    @Transactional(readOnly = true)
    void forEachBackupAccess(String reviewId, Consumer<BackupAccess> each) {
        streaming.query("SELECT * FROM backup_access WHERE review_id = ? ORDER BY position", row -> {
            each.accept(new BackupAccess(row.getString("app_id"), row.getString("app_name"),
                    row.getString("environment_id"), row.getString("environment_name"), row.getBoolean("production"),
                    row.getString("member_email"), row.getBoolean("can_manage_backups"),
                    row.getBoolean("can_access_api"), row.getString("role_name"), flag(row, "role_backup_access"),
                    flag(row, "role_api_rights")));
        }, reviewId);
    }

    /** Replaces the review's findings and records what the comparison counted. */
    @Transactional
    void saveFindings(String reviewId, List<Finding> findings, Reconciliation.Outcome outcome, boolean braked) {
        jdbc.update("DELETE FROM review_finding WHERE review_id = ?", reviewId);
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (Finding f : findings) {
            rows.add(new Object[] { reviewId, position++, f.kind().name(), f.email(), f.userId(), f.name(),
                    f.directoryId(), f.detail() });
        }
        jdbc.batchUpdate("INSERT INTO review_finding (review_id, position, kind, email, user_id, name, directory_id, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE access_review SET directory_count = ?, orphan_count = ?, finding_count = ?, braked = ? "
                + "WHERE id = ?", outcome.directoryEntries(), outcome.orphans(), outcome.findings(), braked, reviewId);
    }

    @Transactional(readOnly = true)
    void forEachFinding(String reviewId, Consumer<Finding> each) {
        streaming.query("SELECT * FROM review_finding WHERE review_id = ? ORDER BY position", row -> {
            each.accept(FINDING.mapRow(row, 0));
        }, reviewId);
    }

    List<Finding> orphans(String reviewId) {
        return jdbc.query("SELECT * FROM review_finding WHERE review_id = ? AND kind IN (?, ?) ORDER BY position",
                FINDING, reviewId, Finding.Kind.ORPHAN_DISABLED_IN_DIRECTORY.name(),
                Finding.Kind.ORPHAN_MISSING_IN_DIRECTORY.name());
    }

    void status(String reviewId, AccessReview.Status status) {
        jdbc.update("UPDATE access_review SET status = ?, ended_at = ? WHERE id = ?", status.name(),
                status == AccessReview.Status.COMPLETED || status == AccessReview.Status.FAILED
                        ? Timestamp.from(clock.instant()) : null,
                reviewId);
    }

    void confirmed(String reviewId, String confirmedBy, boolean overrideBrake) {
        jdbc.update("UPDATE access_review SET confirmed_by = ?, override_brake = ? WHERE id = ?", confirmedBy,
                overrideBrake, reviewId);
    }

    void offboardingsStarted(String reviewId, int count) {
        jdbc.update("UPDATE access_review SET offboardings = ? WHERE id = ?", count, reviewId);
    }

    private void flushIfFull(List<Object[]> rows, String sql, boolean last) {
        if (!rows.isEmpty() && (last || rows.size() >= BATCH)) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    private static String apps(InventoryMember member) {
        return member.apps()
            .stream()
            .map(app -> app.appName() + " (" + (app.roleName() == null ? "role unknown" : app.roleName())
                    + (app.technicalContact() ? "; Technical Contact" : "") + ")")
            .collect(Collectors.joining("; "));
    }

    private static StoredMember member(ResultSet row) throws SQLException {
        String backup = row.getString("backup_access");
        return new StoredMember(new InventoryMember(row.getString("email"), row.getString("user_id"), row.getString("name"),
                row.getString("status"), flag(row, "active"), row.getString("certification"),
                integer(row, "number_of_apps"),
                row.getDate("signup_date") == null ? null : row.getDate("signup_date").toLocalDate(),
                flag(row, "mendix_admin"), row.getString("job_title"), row.getString("country"),
                row.getString("location"), instant(row, "last_activity"), row.getString("company"),
                row.getBoolean("external_member"), row.getBoolean("in_export"),
                List.of(), backup == null || backup.isEmpty() ? List.of() : List.of(backup.split("; "))),
                row.getString("apps"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        return row.getObject(column, Integer.class);
    }

    private static Boolean flag(ResultSet row, String column) throws SQLException {
        return row.getObject(column, Boolean.class);
    }

}
