package io.roster.evidence;

/**
 * What happened, before it is recorded.
 *
 * @param actor who did it: a user id, or {@value EvidenceLog#ROSTER} for Roster's own steps
 * @param step what was done, e.g. {@code account.deactivated}
 * @param outcome how it went, e.g. {@code DONE}, {@code REFUSED}, {@code FAILED}
 * @param subject what it was done to (an app id, a user UUID), may be null
 * @param detail the particulars and the platform's answer, may be null
 */
public record EvidenceEntry(String actor, String step, String outcome, String subject, String detail) {

    public static EvidenceEntry byRoster(String step, String outcome, String subject, String detail) {
        return new EvidenceEntry(EvidenceLog.ROSTER, step, outcome, subject, detail);
    }

}
