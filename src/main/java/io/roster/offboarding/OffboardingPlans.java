package io.roster.offboarding;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.roster.mendix.App;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code offboarding_app} table: the hand-over plan of each case, one row per app. */
@Repository
class OffboardingPlans {

    private static final RowMapper<PlannedApp> APP = (row, n) -> new PlannedApp(row.getString("case_id"),
            new AppFacts(row.getString("app_id"), row.getString("app_name"), App.Cloud.valueOf(row.getString("cloud")),
                    row.getString("license_type"), row.getBoolean("technical_contact"), row.getBoolean("scrum_master"),
                    row.getBoolean("only_scrum_master"), row.getInt("other_active_members"),
                    row.getBoolean("training"), row.getString("leaver_role_id")),
            disposition(row.getString("proposal")), row.getString("proposal_reason"),
            disposition(row.getString("decision")), row.getString("successor_email"), row.getInt("plan_version"),
            AppStatus.valueOf(row.getString("status")), row.getString("status_detail"), row.getString("snapshot_ids"));

    private final JdbcTemplate jdbc;

    private final Clock clock;

    OffboardingPlans(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<PlannedApp> of(String caseId) {
        return jdbc.query("SELECT * FROM offboarding_app WHERE case_id = ? ORDER BY app_name, app_id", APP, caseId);
    }

    Optional<PlannedApp> find(String caseId, String appId) {
        return jdbc.query("SELECT * FROM offboarding_app WHERE case_id = ? AND app_id = ?", APP, caseId, appId)
            .stream()
            .findFirst();
    }

    /** Records a proposal for an app not yet settled: new facts, new proposal, decision cleared. */
    void propose(String caseId, AppFacts facts, Disposition proposal, String reason, int planVersion) {
        int updated = jdbc.update("UPDATE offboarding_app SET app_name = ?, cloud = ?, license_type = ?, "
                + "technical_contact = ?, scrum_master = ?, only_scrum_master = ?, other_active_members = ?, "
                + "training = ?, leaver_role_id = ?, proposal = ?, proposal_reason = ?, decision = NULL, "
                + "successor_email = NULL, plan_version = ?, status = ?, status_detail = NULL, updated_at = ? "
                + "WHERE case_id = ? AND app_id = ?", facts.appName(), facts.cloud().name(), facts.licenseType(),
                facts.technicalContact(), facts.scrumMaster(), facts.onlyScrumMaster(), facts.otherActiveMembers(),
                facts.training(), facts.leaverRoleId(), proposal.name(), reason, planVersion,
                AppStatus.PROPOSED.name(), now(), caseId, facts.appId());
        if (updated == 0) {
            jdbc.update("INSERT INTO offboarding_app (case_id, app_id, app_name, cloud, license_type, "
                    + "technical_contact, scrum_master, only_scrum_master, other_active_members, training, "
                    + "leaver_role_id, proposal, proposal_reason, plan_version, status, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId, facts.appId(),
                    facts.appName(), facts.cloud().name(), facts.licenseType(), facts.technicalContact(),
                    facts.scrumMaster(), facts.onlyScrumMaster(), facts.otherActiveMembers(), facts.training(),
                    facts.leaverRoleId(), proposal.name(), reason, planVersion, AppStatus.PROPOSED.name(), now());
        }
    }

    void decide(String caseId, String appId, Disposition decision, String successorEmail) {
        jdbc.update("UPDATE offboarding_app SET decision = ?, successor_email = ?, status = ?, updated_at = ? "
                + "WHERE case_id = ? AND app_id = ?", decision.name(), successorEmail, AppStatus.APPROVED.name(),
                now(), caseId, appId);
    }

    void status(String caseId, String appId, AppStatus status, String detail) {
        jdbc.update("UPDATE offboarding_app SET status = ?, status_detail = ?, updated_at = ? "
                + "WHERE case_id = ? AND app_id = ?", status.name(), detail, now(), caseId, appId);
    }

    void snapshots(String caseId, String appId, String snapshotIds) {
        jdbc.update("UPDATE offboarding_app SET snapshot_ids = ?, updated_at = ? WHERE case_id = ? AND app_id = ?",
                snapshotIds, now(), caseId, appId);
    }

    int currentVersion(String caseId) {
        Integer version = jdbc.queryForObject(
                "SELECT COALESCE(MAX(plan_version), 0) FROM offboarding_app WHERE case_id = ?", Integer.class, caseId);
        return version == null ? 0 : version;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Disposition disposition(String value) {
        return value == null ? null : Disposition.valueOf(value);
    }

}
