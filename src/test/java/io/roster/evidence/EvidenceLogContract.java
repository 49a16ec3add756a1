package io.roster.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the evidence log promises, on whichever database the subclass runs. */
abstract class EvidenceLogContract {

    @Autowired
    EvidenceLog evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String caseId = "off-" + UUID.randomUUID();

    @Test
    void recordsStepsInOrderAsAnIntactChain() {
        givenACaseWithThreeSteps();

        List<EvidenceRecord> records = evidence.records(caseId);
        assertThat(records).extracting(EvidenceRecord::seq).containsExactly(1, 2, 3);
        assertThat(records).extracting(EvidenceRecord::step)
            .containsExactly("offboarding.requested", "account.found", "account.deactivated");
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(evidence.verify(caseId).intact()).isTrue();
    }

    @Test
    void aChangedRecordBreaksTheChainAtThatRecord() {
        givenACaseWithThreeSteps();
        jdbc.update("UPDATE evidence_record SET detail = 'nothing happened' WHERE case_id = ? AND seq = 2", caseId);

        ChainVerification verification = evidence.verify(caseId);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(2);
        assertThat(verification.problem()).contains("changed");
    }

    @Test
    void aRemovedLastRecordIsNoticed() {
        givenACaseWithThreeSteps();
        jdbc.update("DELETE FROM evidence_record WHERE case_id = ? AND seq = 3", caseId);

        assertThat(evidence.verify(caseId).intact()).isFalse();
    }

    @Test
    void aRemovedMiddleRecordIsNoticed() {
        givenACaseWithThreeSteps();
        jdbc.update("DELETE FROM evidence_record WHERE case_id = ? AND seq = 2", caseId);

        assertThat(evidence.verify(caseId).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aStepRecordedInARolledBackTransactionIsGoneButAnIndependentOneStays() {
        evidence.open(caseId, "offboarding");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            evidence.appendIndependently(caseId, EvidenceEntry.byRoster("account.deactivation-attempted", "FAILED",
                    "u-1", "User Deactivation API: unavailable (HTTP 503)"));
            evidence.append(caseId, EvidenceEntry.byRoster("account.deactivated", "DONE", "u-1", null));
            throw new IllegalStateException("the job failed after the call");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(evidence.records(caseId)).extracting(EvidenceRecord::step)
            .containsExactly("account.deactivation-attempted");
        assertThat(evidence.verify(caseId).intact()).isTrue();
    }

    @Test
    void aFailedAttemptAfterAStepOfTheSameTransactionIsKeptAndWaitsForNothing() {
        evidence.open(caseId, "onboarding");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // the first append holds the chain's head until the transaction ends; the failed attempt must not wait for it
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    evidence.append(caseId, EvidenceEntry.byRoster("team.member-added", "ADDED", "app-1", null));
                    evidence.appendIndependently(caseId, EvidenceEntry.byRoster("team.member-add", "ATTEMPT_FAILED",
                            "app-2", "Projects API v2 add a team member: unavailable (HTTP 503)"));
                    throw new IllegalStateException("the job failed after the call");
                })).isInstanceOf(IllegalStateException.class));

        assertThat(evidence.records(caseId)).extracting(EvidenceRecord::step).containsExactly("team.member-add");
        assertThat(evidence.verify(caseId).intact()).isTrue();
    }

    @Test
    void concurrentAppendsToOneCaseKeepOneChain() throws Exception {
        evidence.open(caseId, "offboarding");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Future<?>> appends = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            appends.add(threads.submit(() -> transaction.executeWithoutResult(status -> evidence.append(caseId,
                    EvidenceEntry.byRoster("app.member-removed", "DONE", "app-" + n, null)))));
        }
        for (Future<?> append : appends) {
            append.get();
        }
        threads.shutdown();

        assertThat(evidence.records(caseId)).hasSize(40);
        assertThat(evidence.verify(caseId).intact()).isTrue();
    }

    @Test
    void purgeRemovesOnlyCasesClosedBeforeTheCutoff() {
        givenACaseWithThreeSteps();
        String open = "off-" + UUID.randomUUID();
        evidence.open(open, "offboarding");
        evidence.close(caseId);

        assertThat(evidence.purgeClosedBefore(Instant.now().minusSeconds(3600))).isZero();
        assertThat(evidence.purgeClosedBefore(Instant.now().plusSeconds(3600))).isGreaterThanOrEqualTo(1);
        assertThat(evidence.exists(caseId)).isFalse();
        assertThat(evidence.exists(open)).isTrue();
    }

    @Test
    void csvNeutralisesCellsASpreadsheetWouldRun() {
        evidence.open(caseId, "offboarding");
        evidence.append(caseId, new EvidenceEntry("=HYPERLINK(\"http://evil\")", "decision.recorded", "DONE",
                "@SUM(A1)", "-2+3"));

        String csv = EvidenceExport.csv(evidence.records(caseId));
        assertThat(csv).contains("'=HYPERLINK").contains("'@SUM(A1)").contains("'-2+3");
        assertThat(csv.lines().findFirst()).hasValue(String.join(",", EvidenceExport.CSV_HEADER));
    }

    private void givenACaseWithThreeSteps() {
        evidence.open(caseId, "offboarding");
        evidence.append(caseId, new EvidenceEntry("helen", "offboarding.requested", "DONE", "leaver@example.com",
                "last working moment 2026-12-31T17:00Z"));
        evidence.append(caseId, EvidenceEntry.byRoster("account.found", "DONE", "u-1", "User Identifiers API: 200"));
        evidence.append(caseId, EvidenceEntry.byRoster("account.deactivated", "DONE", "u-1",
                "User Deactivation API: 204"));
    }

}
