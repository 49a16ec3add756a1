package io.roster.onboarding;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.onboarding.OnboardingProcess.Task;
import io.roster.onboarding.OnboardingProcess.Var;
import io.roster.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing a person's task of the onboarding (an internal step, the picture, a reactivation by hand): who did it
 * and their note become evidence; an internal step is ticked off in the plan.
 */
@Component
class OnboardingTaskListener implements TaskListener {

    private final TaskActors actors;

    private final OnboardingCases cases;

    private final EvidenceLog evidence;

    OnboardingTaskListener(TaskActors actors, OnboardingCases cases, EvidenceLog evidence) {
        this.actors = actors;
        this.cases = cases;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Vars.onboardingId(task);
        String actor = actors.actorOf(task);
        String note = Vars.string(task, Var.STEP_NOTE);
        String step = switch (task.getTaskDefinitionKey()) {
            case Task.INTERNAL_STEP -> "step.done";
            case Task.PROFILE_PICTURE -> "picture.done";
            case Task.REACTIVATE_BY_HAND -> "account.reactivated-by-hand";
            case Task.FOLLOW_UP_SIGN_UP -> "sign-up.followed-up";
            default -> "task.done";
        };
        String subject = Task.INTERNAL_STEP.equals(task.getTaskDefinitionKey())
                ? Vars.string(task, Var.INTERNAL_STEP) : Vars.email(task);
        if (Task.INTERNAL_STEP.equals(task.getTaskDefinitionKey())) {
            cases.plan(caseId)
                .stream()
                .filter(item -> item.kind() == PlanItem.Kind.STEP && item.step().equals(subject))
                .forEach(item -> cases.itemStatus(caseId, item.seq(), "DONE", "by " + actor
                        + (note == null ? "" : ": " + note)));
        }
        if (Task.REACTIVATE_BY_HAND.equals(task.getTaskDefinitionKey())) {
            cases.accountFound(caseId, Vars.userId(task));
        }
        evidence.append(caseId, new EvidenceEntry(actor, step, "DONE", subject, note));
        // the note belongs to this task only; the next task's form must start empty
        task.getExecution().removeVariable(Var.STEP_NOTE);
    }

}
