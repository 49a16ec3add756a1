package io.roster.technicalcontact;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.process.TaskActors;
import io.roster.security.Roles;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_ApproveChange}: only a platform admin other than the requester decides, a rejection says
 * why, and the decision is evidence.
 */
@Component
class ApproveChangeListener implements TaskListener {

    static final String APPROVE = "approve";

    private final TaskActors actors;

    private final TechnicalContactChanges changes;

    private final EvidenceLog evidence;

    ApproveChangeListener(TaskActors actors, TechnicalContactChanges changes, EvidenceLog evidence) {
        this.actors = actors;
        this.changes = changes;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String approver = actors.actorOf(task);
        if (approver.equals(task.getVariable(Var.REQUESTED_BY))) {
            throw new ProcessEngineException(approver + " asked for this change; a different platform admin must "
                    + "approve it.");
        }
        if (!actors.isMember(approver, Roles.PLATFORM_ADMINS)) {
            throw new ProcessEngineException(approver + " is not a platform admin; only platform admins approve "
                    + "technical-contact changes.");
        }
        Object decision = task.getVariable(Var.DECISION);
        Object comment = task.getVariable(Var.APPROVAL_COMMENT);
        String note = comment == null || comment.toString().isBlank() ? null : comment.toString().trim();
        boolean approved = APPROVE.equals(decision);
        if (!approved && note == null) {
            throw new ProcessEngineException("Say why the change is rejected: the requester reads the comment.");
        }
        String changeId = (String) task.getVariable(Var.CHANGE_ID);
        changes.decided(changeId, approved ? ChangeStatus.APPROVED : ChangeStatus.REJECTED, approver, note);
        evidence.append(changeId, new EvidenceEntry(approver,
                approved ? "technical-contact.change-approved" : "technical-contact.change-rejected", "DONE",
                (String) task.getVariable(Var.APP_ID), note));
    }

}
