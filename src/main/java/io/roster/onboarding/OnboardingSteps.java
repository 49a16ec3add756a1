package io.roster.onboarding;

import java.util.function.Supplier;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.process.PlatformSteps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform calls of an onboarding with their evidence. A failed call is recorded as {@link PlatformSteps} records every
 * failed attempt and rethrown for the engine to retry; a refusal of one plan item is the caller's to record.
 * {@link #beforeGrant} marks an item as being granted in its own transaction, so that a retried job knows an
 * "already a member" answer comes from its own earlier attempt.
 */
@Component
class OnboardingSteps {

    private final EvidenceLog evidence;

    private final PlatformSteps platformSteps;

    private final OnboardingCases cases;

    private final TransactionTemplate independent;

    OnboardingSteps(EvidenceLog evidence, PlatformSteps platformSteps, OnboardingCases cases,
            PlatformTransactionManager transactions) {
        this.evidence = evidence;
        this.platformSteps = platformSteps;
        this.cases = cases;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A platform call; a refusal of one plan item is rethrown for the caller to record with the item. */
    <T> T call(String caseId, String step, String subject, Supplier<T> call) {
        return platformSteps.attempt(caseId, step, subject, call);
    }

    void run(String caseId, String step, String subject, Runnable call) {
        call(caseId, step, subject, () -> {
            call.run();
            return null;
        });
    }

    void beforeGrant(String caseId, PlanItem item) {
        beforeGrant(caseId, item, () -> {
        });
    }

    /** As {@link #beforeGrant(String, PlanItem)}, recording more about the item in the same transaction. */
    void beforeGrant(String caseId, PlanItem item, Runnable alsoRecord) {
        if (PlanItem.PLANNED.equals(item.status())) {
            independent.executeWithoutResult(status -> {
                alsoRecord.run();
                cases.itemStatus(caseId, item.seq(), GRANTING, null);
            });
        }
    }

    void record(String caseId, String step, String outcome, String subject, String detail) {
        evidence.append(caseId, EvidenceEntry.byRoster(step, outcome, subject, detail));
    }

    static final String GRANTING = "GRANTING";

}
