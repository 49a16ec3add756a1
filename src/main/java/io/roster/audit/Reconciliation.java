package io.roster.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.roster.directory.CorporateDirectory;
import io.roster.directory.DirectoryPerson;

/**
 * Compares the member inventory with the corporate directory. Pure and single pass: the directory is read once into
 * a map by e-mail, then each member is looked up in it; findings go to a consumer as they are found.
 */
final class Reconciliation {

    /** What a comparison counted; the findings themselves went to the consumer. */
    record Outcome(int members, int directoryEntries, int orphans, int findings) {

        /** Orphans as a share of all members, 0 when there are none. */
        double orphanShare() {
            return members == 0 ? 0 : (double) orphans / members;
        }

    }

    private final Instant now;

    private final Duration inactiveAfter;

    Reconciliation(Instant now, Duration inactiveAfter) {
        this.now = now;
        this.inactiveAfter = inactiveAfter;
    }

    Outcome reconcile(Iterable<InventoryMember> members, CorporateDirectory directory, Consumer<Finding> findings) {
        Map<String, DirectoryPerson> byEmail = new HashMap<>();
        directory.forEachPerson(person -> byEmail.put(person.email(), person));
        int[] counts = new int[3];
        Consumer<Finding> counting = finding -> {
            counts[2]++;
            if (finding.kind().orphan()) {
                counts[1]++;
            }
            findings.accept(finding);
        };
        for (InventoryMember member : members) {
            counts[0]++;
            compare(member, byEmail, counting);
        }
        return new Outcome(counts[0], byEmail.size(), counts[1], counts[2]);
    }

    private void compare(InventoryMember member, Map<String, DirectoryPerson> directory, Consumer<Finding> findings) {
        boolean live = Boolean.TRUE.equals(member.active());
        if (member.external()) {
            findings.accept(finding(Finding.Kind.EXTERNAL, member, null, "External member"
                    + (member.company() == null ? "" : " of " + member.company()) + (live ? "" : " (deactivated)")
                    + "; not expected in the corporate directory."));
        }
        else if (live && member.email() == null) {
            findings.accept(finding(Finding.Kind.EMAIL_UNKNOWN, member, null, "Live account whose e-mail neither the "
                    + "Control Center export nor the identity map knows; compare by hand."));
        }
        else if (live) {
            DirectoryPerson person = directory.get(member.email());
            if (person == null) {
                findings.accept(finding(Finding.Kind.ORPHAN_MISSING_IN_DIRECTORY, member, null,
                        "Live Mendix account, no directory account with this e-mail."));
            }
            else if (!person.enabled()) {
                findings.accept(finding(Finding.Kind.ORPHAN_DISABLED_IN_DIRECTORY, member, person.directoryId(),
                        "Live Mendix account, directory account " + person.directoryId() + " is disabled."));
            }
        }
        if (live && inactive(member)) {
            findings.accept(finding(Finding.Kind.INACTIVE, member, null, member.lastActivity() == null
                    ? "No activity known (the export has no LastActivity for this member)."
                    : "No activity since " + member.lastActivity() + " (more than " + inactiveAfter.toDays()
                            + " days)."));
        }
        if (!member.backupAccess().isEmpty()) {
            findings.accept(finding(Finding.Kind.BACKUP_ACCESS, member, null, String.join("; ", member.backupAccess())));
        }
    }

    private boolean inactive(InventoryMember member) {
        return member.inExport()
                && (member.lastActivity() == null || member.lastActivity().isBefore(now.minus(inactiveAfter)));
    }

    private static Finding finding(Finding.Kind kind, InventoryMember member, String directoryId, String detail) {
        return new Finding(kind, member.email(), member.userId(), member.name(), directoryId, detail);
    }

}
