package io.roster.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and reads the hash-chained evidence of cases. An append joins the caller's transaction (a job, a REST
 * call), so a step and its evidence commit or roll back together; {@link #appendIndependently} commits on its own, for
 * attempts that fail and roll the caller back.
 */
@Service
public class EvidenceLog {

    /** The actor of steps Roster takes by itself. */
    public static final String ROSTER = "roster";

    static final String GENESIS = "0".repeat(64);

    private static final RowMapper<EvidenceRecord> RECORD = (row, n) -> new EvidenceRecord(row.getString("case_id"),
            row.getInt("seq"), row.getTimestamp("recorded_at").toInstant(), row.getString("actor"),
            row.getString("step"), row.getString("outcome"), row.getString("subject"), row.getString("detail"),
            row.getString("prev_hash"), row.getString("hash"));

    private final JdbcTemplate jdbc;

    private final TransactionTemplate independent;

    private final Clock clock;

    EvidenceLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Starts the chain of a case; opening an open case again does nothing. */
    public void open(String caseId, String caseType) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_case WHERE case_id = ?", Integer.class,
                caseId);
        if (existing == 0) {
            jdbc.update("INSERT INTO evidence_case (case_id, case_type, opened_at, head_seq, head_hash) "
                    + "VALUES (?, ?, ?, 0, ?)", caseId, caseType, Timestamp.from(now()), GENESIS);
        }
    }

    /** Records a step in the caller's transaction. */
    public EvidenceRecord append(String caseId, EvidenceEntry entry) {
        Map<String, Object> head;
        try {
            head = jdbc.queryForMap("SELECT head_seq, head_hash FROM evidence_case WHERE case_id = ? FOR UPDATE",
                    caseId);
        }
        catch (EmptyResultDataAccessException exception) {
            throw new IllegalStateException("no evidence chain for case " + caseId, exception);
        }
        int seq = ((Number) head.get("head_seq")).intValue() + 1;
        String previousHash = ((String) head.get("head_hash")).trim();
        Instant at = now();
        String hash = hash(caseId, seq, at, entry, previousHash);
        jdbc.update("INSERT INTO evidence_record (case_id, seq, recorded_at, actor, step, outcome, subject, detail, "
                + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId, seq, Timestamp.from(at),
                entry.actor(), entry.step(), entry.outcome(), entry.subject(), truncate(entry.detail()), previousHash,
                hash);
        jdbc.update("UPDATE evidence_case SET head_seq = ?, head_hash = ? WHERE case_id = ?", seq, hash, caseId);
        return new EvidenceRecord(caseId, seq, at, entry.actor(), entry.step(), entry.outcome(), entry.subject(),
                truncate(entry.detail()), previousHash, hash);
    }

    /**
     * Records a step in a transaction of its own, committed even if the caller's transaction rolls back. Inside a
     * transaction it is recorded once that transaction has ended: the caller may hold the case's chain head already
     * (an earlier append locks it), and a second transaction waiting for that lock would wait for ever.
     */
    public void appendIndependently(String caseId, EvidenceEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            independent.executeWithoutResult(status -> append(caseId, entry));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCompletion(int outcome) {
                independent.executeWithoutResult(status -> append(caseId, entry));
            }

        });
    }

    /** Marks the case finished; its retention period starts now. */
    public void close(String caseId) {
        jdbc.update("UPDATE evidence_case SET closed_at = ? WHERE case_id = ? AND closed_at IS NULL",
                Timestamp.from(now()), caseId);
    }

    public boolean exists(String caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_case WHERE case_id = ?", Integer.class, caseId) > 0;
    }

    /** The records of a case in order. */
    public List<EvidenceRecord> records(String caseId) {
        return jdbc.query("SELECT * FROM evidence_record WHERE case_id = ? ORDER BY seq", RECORD, caseId);
    }

    /** Recomputes every hash of the case in order, and checks the chain's head. */
    public ChainVerification verify(String caseId) {
        List<EvidenceRecord> records = records(caseId);
        String previousHash = GENESIS;
        int expectedSeq = 1;
        for (EvidenceRecord record : records) {
            if (record.seq() != expectedSeq) {
                return broken(caseId, records, expectedSeq, "record " + expectedSeq + " is missing");
            }
            if (!record.previousHash().trim().equals(previousHash)) {
                return broken(caseId, records, record.seq(), "does not follow the record before it");
            }
            String expected = hash(caseId, record.seq(), record.recordedAt(), new EvidenceEntry(record.actor(),
                    record.step(), record.outcome(), record.subject(), record.detail()), previousHash);
            if (!expected.equals(record.hash().trim())) {
                return broken(caseId, records, record.seq(), "its content was changed after it was recorded");
            }
            previousHash = expected;
            expectedSeq++;
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT head_seq, head_hash FROM evidence_case WHERE case_id = ?",
                caseId);
        if (((Number) head.get("head_seq")).intValue() != records.size()
                || !((String) head.get("head_hash")).trim().equals(previousHash)) {
            return broken(caseId, records, records.size() + 1, "records after " + records.size() + " were removed");
        }
        return new ChainVerification(caseId, records.size(), true, null, null);
    }

    /** Deletes whole cases that were closed before the cutoff; answers how many. */
    int purgeClosedBefore(Instant cutoff) {
        List<String> cases = jdbc.queryForList(
                "SELECT case_id FROM evidence_case WHERE closed_at IS NOT NULL AND closed_at < ?", String.class,
                Timestamp.from(cutoff));
        for (String caseId : cases) {
            jdbc.update("DELETE FROM evidence_record WHERE case_id = ?", caseId);
            jdbc.update("DELETE FROM evidence_case WHERE case_id = ?", caseId);
        }
        return cases.size();
    }

    private static ChainVerification broken(String caseId, List<EvidenceRecord> records, int seq, String problem) {
        return new ChainVerification(caseId, records.size(), false, seq, "record " + seq + ": " + problem);
    }

    /** Millisecond precision: what every supported database keeps exactly, so hashes recompute. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }

    static String hash(String caseId, int seq, Instant at, EvidenceEntry entry, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] { caseId, Integer.toString(seq), at.toString(), entry.actor(), entry.step(),
                entry.outcome(), entry.subject(), truncate(entry.detail()), previousHash }) {
            // length-prefixed, so that no two different records can produce the same text
            canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

}
