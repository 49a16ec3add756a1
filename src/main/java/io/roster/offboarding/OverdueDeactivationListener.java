package io.roster.offboarding;

import io.roster.process.TaskActors;
import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ResolveOverdueDeactivation}, on complete: records what the platform admin did about it. */
@Component
class OverdueDeactivationListener implements TaskListener {

    private final TaskActors actors;

    private final EvidenceLog evidence;

    OverdueDeactivationListener(TaskActors actors, EvidenceLog evidence) {
        this.actors = actors;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = CaseVariables.string(task, Var.RESOLUTION_NOTE);
        evidence.append(CaseVariables.offboardingId(task), new EvidenceEntry(actors.actorOf(task),
                "account.deactivation-overdue-handled", "DONE", CaseVariables.leaverUserId(task),
                note == null || note.isBlank() ? null : note));
    }

}
