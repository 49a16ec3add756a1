package io.roster.technicalcontact;

import java.time.Clock;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Element;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The end events: the change's final status (with the platform's reason for a refusal) and its evidence closed. */
@Component
class TechnicalContactChangeEndListener implements ExecutionListener {

    private final TechnicalContactChanges changes;

    private final EvidenceLog evidence;

    private final Clock clock;

    TechnicalContactChangeEndListener(TechnicalContactChanges changes, EvidenceLog evidence, Clock clock) {
        this.changes = changes;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String changeId = (String) execution.getVariable(Var.CHANGE_ID);
        ChangeStatus status = switch (execution.getCurrentActivityId()) {
            case Element.END_REJECTED -> ChangeStatus.REJECTED;
            case Element.END_REFUSED -> ChangeStatus.REFUSED;
            default -> ChangeStatus.CHANGED;
        };
        String reason = status == ChangeStatus.REFUSED ? (String) execution.getVariable(Var.REFUSAL_REASON) : null;
        changes.ended(changeId, status, reason, clock.instant());
        evidence.append(changeId, EvidenceEntry.byRoster("technical-contact.change-ended", status.name(),
                (String) execution.getVariable(Var.APP_ID), reason));
        evidence.close(changeId);
    }

}
