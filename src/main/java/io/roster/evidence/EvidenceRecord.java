package io.roster.evidence;

import java.time.Instant;

/** One recorded step of a case, with its place in the chain. */
public record EvidenceRecord(String caseId, int seq, Instant recordedAt, String actor, String step, String outcome,
        String subject, String detail, String previousHash, String hash) {
}
