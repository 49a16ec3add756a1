package io.roster.offboarding;

import java.time.Clock;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.offboarding.OffboardingProcess.Element;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The end events of the offboarding ({@code EndEvent_LeaverOffboarded}, {@code EndEvent_NoAccount},
 * {@code EndEvent_OffboardingCancelled}): closes the case with its final status and closes its evidence chain, which
 * starts the evidence's own retention period.
 */
@Component
class OffboardingEndListener implements ExecutionListener {

    private final OffboardingCases cases;

    private final EvidenceLog evidence;

    private final Clock clock;

    OffboardingEndListener(OffboardingCases cases, EvidenceLog evidence, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        OffboardingStatus status = switch (execution.getCurrentActivityId()) {
            case Element.END_NO_ACCOUNT -> OffboardingStatus.NO_ACCOUNT;
            case Element.END_CANCELLED -> OffboardingStatus.CANCELLED;
            default -> OffboardingStatus.COMPLETED;
        };
        cases.ended(caseId, status, clock.instant(), null);
        evidence.append(caseId, EvidenceEntry.byRoster("offboarding.ended", status.name(), null, null));
        evidence.close(caseId);
    }

}
