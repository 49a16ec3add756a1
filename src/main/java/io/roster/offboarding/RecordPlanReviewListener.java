package io.roster.offboarding;

import io.roster.process.TaskActors;
import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewPlan}, on complete: remembers who reviewed (they may not also approve deletions) and records the
 * review with its comment.
 */
@Component
class RecordPlanReviewListener implements TaskListener {

    private final TaskActors actors;

    private final EvidenceLog evidence;

    RecordPlanReviewListener(TaskActors actors, EvidenceLog evidence) {
        this.actors = actors;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String reviewer = actors.actorOf(task);
        task.getExecution().setVariable(Var.PLAN_REVIEWED_BY, reviewer);
        String comment = CaseVariables.string(task, Var.REVIEW_COMMENT);
        evidence.append(CaseVariables.offboardingId(task), new EvidenceEntry(reviewer, "plan.reviewed", "DONE", null,
                comment == null || comment.isBlank() ? null : "Comment: " + comment));
    }

}
