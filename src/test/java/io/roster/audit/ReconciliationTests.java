package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.roster.audit.Finding.Kind;
import io.roster.directory.CorporateDirectory;
import io.roster.directory.DirectoryPerson;
import org.junit.jupiter.api.Test;

/** Each kind of finding, and what is not a finding. */
class ReconciliationTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    final List<Finding> findings = new ArrayList<>();

    static InventoryMember member(String email, Boolean active, Instant lastActivity) {
        return new InventoryMember(email, "uuid-" + email, email, active ? "Active" : "Deactivated", active, null,
                1, null, false, null, null, null, lastActivity, null, false, true, List.of(), List.of());
    }

    static InventoryMember recent(String email) {
        return member(email, true, NOW.minus(Duration.ofDays(3)));
    }

    static CorporateDirectory directory(DirectoryPerson... people) {
        return each -> List.of(people).forEach(each);
    }

    static DirectoryPerson enabled(String email) {
        return new DirectoryPerson(email.split("@")[0], email, email, true);
    }

    static DirectoryPerson disabled(String email) {
        return new DirectoryPerson(email.split("@")[0], email, email, false);
    }

    Reconciliation.Outcome reconcile(List<InventoryMember> members, CorporateDirectory directory) {
        return new Reconciliation(NOW, Duration.ofDays(90)).reconcile(members, directory, findings::add);
    }

    @Test
    void aLiveAccountWithAnEnabledDirectoryAccountIsNoFinding() {
        Reconciliation.Outcome outcome = reconcile(List.of(recent("emma@bw.example")),
                directory(enabled("emma@bw.example")));

        assertThat(findings).isEmpty();
        assertThat(outcome).isEqualTo(new Reconciliation.Outcome(1, 1, 0, 0));
    }

    @Test
    void aLiveAccountWhoseDirectoryAccountIsDisabledIsAnOrphan() {
        Reconciliation.Outcome outcome = reconcile(List.of(recent("xander@bw.example"), recent("emma@bw.example")),
                directory(disabled("xander@bw.example"), enabled("emma@bw.example")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.ORPHAN_DISABLED_IN_DIRECTORY);
            assertThat(finding.email()).isEqualTo("xander@bw.example");
            assertThat(finding.directoryId()).isEqualTo("xander");
        });
        assertThat(outcome.orphanShare()).isEqualTo(0.5);
    }

    @Test
    void aLiveAccountMissingFromTheDirectoryIsAnOrphan() {
        reconcile(List.of(recent("umar@bw.example")), directory(enabled("emma@bw.example")));

        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.ORPHAN_MISSING_IN_DIRECTORY);
    }

    @Test
    void aDeactivatedAccountIsNoOrphanWhateverTheDirectorySays() {
        reconcile(List.of(member("greta@bw.example", false, null)), directory(disabled("greta@bw.example")));

        assertThat(findings).isEmpty();
    }

    @Test
    void noActivityForLongerThanTheLimitIsInactive() {
        reconcile(List.of(member("old@bw.example", true, NOW.minus(Duration.ofDays(91))),
                member("fresh@bw.example", true, NOW.minus(Duration.ofDays(89)))),
                directory(enabled("old@bw.example"), enabled("fresh@bw.example")));

        assertThat(findings).extracting(Finding::kind, Finding::email)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INACTIVE, "old@bw.example"));
    }

    @Test
    void externalsAreListedButNeverOrphans() {
        InventoryMember external = new InventoryMember("jan@northwind.example", "u-jan", "Jan", "External", true,
                null, 1, null, false, null, null, null, NOW, "Northwind Consulting", true, true, List.of(), List.of());

        Reconciliation.Outcome outcome = reconcile(List.of(external), directory());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.EXTERNAL);
            assertThat(finding.detail()).contains("Northwind Consulting");
        });
        assertThat(outcome.orphans()).isZero();
    }

    @Test
    void backupAccessIsAFindingOfItsOwn() {
        InventoryMember greta = new InventoryMember("greta@bw.example", "u-greta", "Greta", "Active", true, null, 1,
                null, false, null, null, null, NOW, null, false, true, List.of(),
                List.of("Policy Admin Portal / Production: backups, API"));

        reconcile(List.of(greta), directory(enabled("greta@bw.example")));

        assertThat(findings).extracting(Finding::kind, Finding::detail)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BACKUP_ACCESS,
                    "Policy Admin Portal / Production: backups, API"));
    }

    @Test
    void aLiveAccountWithoutAKnownEmailCannotBeComparedAndSaysSo() {
        InventoryMember unknown = new InventoryMember(null, "u-ghost", "Ghost", null, true, null, 1, null, null,
                null, null, null, null, null, false, false, List.of(), List.of());

        Reconciliation.Outcome outcome = reconcile(List.of(unknown), directory());

        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.EMAIL_UNKNOWN);
        assertThat(outcome.orphans()).isZero();
    }

}
