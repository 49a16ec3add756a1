package io.roster.evidence;

/**
 * Whether a case's chain is intact.
 *
 * @param firstBrokenSeq the first record whose hash does not match, or null when intact
 */
public record ChainVerification(String caseId, int records, boolean intact, Integer firstBrokenSeq, String problem) {
}
