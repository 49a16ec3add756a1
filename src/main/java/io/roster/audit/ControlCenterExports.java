package io.roster.audit;

import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.roster.identity.ControlCenterMember;
import io.roster.identity.MemberProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest imported Control Center members export, in Roster's database. An import streams the file's rows into
 * batched inserts and replaces the previous export in the same transaction, so a failed import leaves the previous one
 * in place.
 */
@Repository
class ControlCenterExports implements MemberProperties {

    private static final int BATCH = 1000;

    private static final String COLUMNS = "email, name, status, certification, signup_date, number_of_apps, "
            + "mendix_admin, job_title, country, location, member_id, last_activity, company";

    /** One import: who, when, and what reading found. */
    record ExportImport(String id, String fileName, String importedBy, Instant importedAt, ExportReading reading) {
    }

    private final JdbcTemplate jdbc;

    private final Clock clock;

    ControlCenterExports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    ExportImport importExport(InputStream xlsx, String fileName, String importedBy) {
        String id = "cce-" + UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM control_center_export");
        jdbc.update("INSERT INTO control_center_export (id, file_name, imported_by, imported_at, member_count, "
                + "warning_count) VALUES (?, ?, ?, ?, 0, 0)", id, fileName, importedBy, Timestamp.from(now));
        List<ControlCenterMember> batch = new ArrayList<>(BATCH);
        ExportReading reading = new ControlCenterExportReader(now).read(xlsx, member -> {
            batch.add(member);
            if (batch.size() == BATCH) {
                insert(id, batch);
                batch.clear();
            }
        });
        insert(id, batch);
        jdbc.update("UPDATE control_center_export SET member_count = ?, warning_count = ? WHERE id = ?",
                reading.members(), reading.warningCount(), id);
        int position = 0;
        position = notes(id, position, "SHEET", reading.sheets());
        position = notes(id, position, "UNKNOWN_COLUMN", reading.unknownColumns());
        position = notes(id, position, "MISSING_COLUMN", reading.missingColumns());
        notes(id, position, "WARNING", reading.warnings());
        return new ExportImport(id, fileName, importedBy, now, reading);
    }

    @Transactional(readOnly = true)
    Optional<ExportImport> latest() {
        return jdbc.query("SELECT * FROM control_center_export", (row, n) -> {
            String id = row.getString("id");
            List<String> sheets = notes(id, "SHEET");
            return new ExportImport(id, row.getString("file_name"), row.getString("imported_by"),
                    row.getTimestamp("imported_at").toInstant(),
                    new ExportReading(row.getInt("member_count"), sheets, notes(id, "UNKNOWN_COLUMN"),
                            notes(id, "MISSING_COLUMN"), notes(id, "WARNING"), row.getInt("warning_count")));
        }).stream().findFirst();
    }

    @Override
    public Optional<ControlCenterMember> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT m.*, e.imported_at FROM control_center_member m JOIN control_center_export e "
                + "ON e.id = m.export_id WHERE m.email = ?", MEMBER, email.trim().toLowerCase(Locale.ROOT))
            .stream()
            .findFirst();
    }

    /** Every member of the latest export, streamed from the database row by row. */
    @Transactional(readOnly = true)
    void forEachMember(Consumer<ControlCenterMember> each) {
        jdbc.query("SELECT m.*, e.imported_at FROM control_center_member m JOIN control_center_export e "
                + "ON e.id = m.export_id", row -> {
                    each.accept(MEMBER.mapRow(row, 0));
                });
    }

    private static final RowMapper<ControlCenterMember> MEMBER = (ResultSet row, int n) -> new ControlCenterMember(
            row.getString("email"), row.getString("name"), row.getString("status"), row.getString("certification"),
            row.getDate("signup_date") == null ? null : row.getDate("signup_date").toLocalDate(),
            (Integer) row.getObject("number_of_apps", Integer.class),
            (Boolean) row.getObject("mendix_admin", Boolean.class), row.getString("job_title"),
            row.getString("country"), row.getString("location"), row.getString("member_id"),
            instant(row, "last_activity"), row.getString("company"), instant(row, "imported_at"));

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private void insert(String id, List<ControlCenterMember> members) {
        if (members.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO control_center_member (export_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members, members.size(), (statement, m) -> {
                    statement.setString(1, id);
                    statement.setString(2, m.email());
                    statement.setString(3, cut(m.name(), 300));
                    statement.setString(4, cut(m.status(), 100));
                    statement.setString(5, cut(m.certification(), 100));
                    statement.setDate(6, m.signupDate() == null ? null : Date.valueOf(m.signupDate()));
                    statement.setObject(7, m.numberOfApps(), Types.INTEGER);
                    statement.setObject(8, m.mendixAdmin(), Types.BOOLEAN);
                    statement.setString(9, cut(m.jobTitle(), 300));
                    statement.setString(10, cut(m.country(), 100));
                    statement.setString(11, cut(m.location(), 300));
                    statement.setString(12, cut(m.memberId(), 64));
                    statement.setTimestamp(13, m.lastActivity() == null ? null : Timestamp.from(m.lastActivity()));
                    statement.setString(14, cut(m.company(), 300));
                });
    }

    private int notes(String id, int position, String kind, List<String> notes) {
        for (String note : notes) {
            jdbc.update("INSERT INTO control_center_export_note (export_id, position, kind, note) VALUES (?, ?, ?, ?)",
                    id, position++, kind, cut(note, 1000));
        }
        return position;
    }

    private List<String> notes(String id, String kind) {
        return jdbc.queryForList("SELECT note FROM control_center_export_note WHERE export_id = ? AND kind = ? "
                + "ORDER BY position", String.class, id, kind);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

}
