package io.roster.offboarding;

import io.roster.process.TaskActors;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.offboarding.OffboardingProcess.Var;
import io.roster.security.Roles;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveDeletions}: the second pair of eyes. On assignment and on completion it refuses anyone who is not
 * a platform admin or who reviewed the plan. On completion it records each deletion approved or rejected; a rejected
 * deletion becomes an app for a person to handle.
 */
@Component
class ApproveDeletionsListener implements TaskListener {

    private final TaskActors actors;

    private final OffboardingPlans plans;

    private final EvidenceLog evidence;

    ApproveDeletionsListener(TaskActors actors, OffboardingPlans plans, EvidenceLog evidence) {
        this.actors = actors;
        this.plans = plans;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String approver = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : actors.actorOf(task);
        if (approver == null) {
            return;
        }
        requireSecondPairOfEyes(task, approver);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            recordDecisions(task, approver);
        }
    }

    private void requireSecondPairOfEyes(DelegateTask task, String approver) {
        if (approver.equals(task.getVariable(Var.PLAN_REVIEWED_BY))) {
            throw new FourEyesViolation(approver + " reviewed this plan; a different platform admin must approve "
                    + "its deletions.");
        }
        if (!actors.isMember(approver, Roles.PLATFORM_ADMINS)) {
            throw new FourEyesViolation(approver + " is not a platform admin; only platform admins approve "
                    + "deletions.");
        }
    }

    private void recordDecisions(DelegateTask task, String approver) {
        String caseId = CaseVariables.offboardingId(task);
        String comment = CaseVariables.string(task, Var.APPROVAL_COMMENT);
        Set<String> approvedIds = new HashSet<>();
        CaseVariables.json(task, Var.APPROVED_DELETIONS).forEach(id -> approvedIds.add(id.asText()));
        for (JsonNode deletion : CaseVariables.json(task, Var.DELETION_OPTIONS)) {
            String appId = deletion.path("value").asText();
            boolean approved = approvedIds.contains(appId);
            evidence.append(caseId, new EvidenceEntry(approver, approved ? "deletion.approved" : "deletion.rejected",
                    "DONE", appId, deletion.path("label").asText() + (comment == null ? "" : "; " + comment)));
            if (!approved) {
                plans.decide(caseId, appId, Disposition.MANUAL, null);
                plans.status(caseId, appId, AppStatus.APPROVED,
                        "The deletion was not approved by " + approver + (comment == null ? "" : ": " + comment));
            }
        }
    }

    /** Completing or claiming the approval would break the four-eyes rule. */
    static class FourEyesViolation extends ProcessEngineException {

        FourEyesViolation(String message) {
            super(message);
        }

    }

}
