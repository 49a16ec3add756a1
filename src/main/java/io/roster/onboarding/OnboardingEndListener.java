package io.roster.onboarding;

import java.time.Clock;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.onboarding.OnboardingProcess.Element;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The end events: the case's final status and its evidence chain closed. */
@Component
class OnboardingEndListener implements ExecutionListener {

    private final OnboardingCases cases;

    private final EvidenceLog evidence;

    private final Clock clock;

    OnboardingEndListener(OnboardingCases cases, EvidenceLog evidence, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        OnboardingStatus status = Element.END_CANCELLED.equals(execution.getCurrentActivityId())
                ? OnboardingStatus.CANCELLED : OnboardingStatus.COMPLETED;
        cases.ended(caseId, status, clock.instant(), null);
        evidence.append(caseId, EvidenceEntry.byRoster("onboarding.ended", status.name(), null, null));
        evidence.close(caseId);
    }

}
