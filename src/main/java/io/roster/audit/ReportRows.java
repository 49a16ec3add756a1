package io.roster.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of each report and how a record becomes a row. A value no source had is written as a short "no source"
 * sentence, never as a silent blank.
 */
final class ReportRows {

    static final List<String> MEMBER_HEADER = List.of("Email", "Name", "Status", "Internal/External",
            "Certification", "NumberOfApps", "SignupDate", "MendixAdmin", "JobTitle", "Country", "Location", "UUID",
            "LastActivity", "Company", "Apps (role; Technical Contact)", "Backup/API access");

    static final List<String> BACKUP_HEADER = List.of("App", "AppId", "Environment", "EnvironmentId", "Production",
            "Member", "CanManageBackups", "CanAccessApi", "ProjectRole", "RoleAllowsBackups", "RoleAllowsApi");

    static final List<String> FINDING_HEADER = List.of("Finding", "Email", "Name", "UUID", "DirectoryId", "Detail");

    static final String NOT_IN_EXPORT = "no source: not in the Control Center export";

    static final String EMPTY_IN_EXPORT = "no source: empty or no column in the Control Center export";

    private ReportRows() {
    }

    static List<String> member(AccessReviews.StoredMember stored) {
        InventoryMember m = stored.member();
        String exportOnly = m.inExport() ? EMPTY_IN_EXPORT : NOT_IN_EXPORT;
        List<String> row = new ArrayList<>();
        row.add(or(m.email(), "no source: not in the export or the identity map"));
        row.add(or(m.name(), exportOnly));
        row.add(or(m.status(), "no source: not seen in any team or in the export"));
        row.add(m.external() ? "External" : "Internal");
        row.add(or(m.certification(), exportOnly));
        row.add(m.numberOfApps() == null ? exportOnly : m.numberOfApps().toString());
        row.add(m.signupDate() == null ? exportOnly : m.signupDate().toString());
        row.add(m.mendixAdmin() == null ? exportOnly : m.mendixAdmin() ? "Yes" : "No");
        row.add(or(m.jobTitle(), exportOnly));
        row.add(or(m.country(), exportOnly));
        row.add(or(m.location(), exportOnly));
        row.add(or(m.userId(), "no source: in no team, no UUID in the export or identity map"));
        row.add(m.lastActivity() == null ? exportOnly : m.lastActivity().toString());
        row.add(m.external() ? or(m.company(), exportOnly) : "(internal)");
        row.add(stored.apps() == null || stored.apps().isEmpty() ? "(no apps)" : stored.apps());
        row.add(m.backupAccess().isEmpty() ? "(none)" : String.join("; ", m.backupAccess()));
        return row;
    }

    static List<String> backup(BackupAccess b) {
        String unknownRole = "no source: member's project role not known";
        return List.of(b.appName(), b.appId(), or(b.environmentName(), b.environmentId()), b.environmentId(),
                yesNo(b.production()), b.memberEmail(), yesNo(b.canManageBackups()), yesNo(b.canAccessApi()),
                or(b.roleName(), unknownRole),
                b.roleBackupAccess() == null ? unknownRole : yesNo(b.roleBackupAccess()),
                b.roleApiRights() == null ? unknownRole : yesNo(b.roleApiRights()));
    }

    static List<String> finding(Finding f) {
        return List.of(f.kind().name(), or(f.email(), "no source"), or(f.name(), ""), or(f.userId(), ""),
                or(f.directoryId(), ""), f.detail());
    }

    private static String or(String value, String instead) {
        return value == null || value.isBlank() ? instead : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

}
