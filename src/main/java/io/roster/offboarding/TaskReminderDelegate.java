package io.roster.offboarding;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.notify.Mail;
import io.roster.notify.Mailer;
import io.roster.offboarding.OffboardingProcess.Var;
import io.roster.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reminder and escalation tasks on overdue user tasks ({@code Task_RemindReviewer}, {@code Task_EscalateReview}
 * ...): finds the open task the timer belongs to and e-mails whoever holds it. An escalation also hands the task to
 * the platform admins, the managers' fallback, and e-mails them.
 */
@Component
class TaskReminderDelegate implements JavaDelegate {

    /** Which user task each reminder or escalation watches, and whether it escalates. */
    private record Watch(String taskDefinitionKey, boolean escalate) {
    }

    private static final Map<String, Watch> WATCHES = Map.of(
            OffboardingProcess.Task.REMIND_REVIEWER, new Watch(OffboardingProcess.Task.REVIEW_PLAN, false),
            OffboardingProcess.Task.ESCALATE_REVIEW, new Watch(OffboardingProcess.Task.REVIEW_PLAN, true),
            OffboardingProcess.Task.REMIND_APPROVERS, new Watch(OffboardingProcess.Task.APPROVE_DELETIONS, false),
            OffboardingProcess.Task.REMIND_MANUAL_RESOLVER,
            new Watch(OffboardingProcess.Task.RESOLVE_APP_MANUALLY, false),
            OffboardingProcess.Task.REMIND_REFUSAL_RESOLVER,
            new Watch(OffboardingProcess.Task.RESOLVE_REFUSAL, false));

    private final TaskService taskService;

    private final Mailer mailer;

    private final EvidenceLog evidence;

    TaskReminderDelegate(TaskService taskService, Mailer mailer, EvidenceLog evidence) {
        this.taskService = taskService;
        this.mailer = mailer;
        this.evidence = evidence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        Watch watch = WATCHES.get(execution.getCurrentActivityId());
        if (watch == null) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " is not a reminder or escalation");
        }
        boolean escalating = watch.escalate();
        for (Task task : openTasks(execution, watch.taskDefinitionKey())) {
            List<String> recipients = holdersOf(task);
            String subject = (escalating ? "Overdue: " : "Reminder: ") + task.getName() + " (offboarding of "
                    + CaseVariables.leaverEmail(execution) + ")";
            if (escalating) {
                taskService.addCandidateGroup(task.getId(), Roles.PLATFORM_ADMINS);
                recipients = mailer.addressesOfGroup(Roles.PLATFORM_ADMINS);
            }
            mailer.send(new Mail(recipients, subject, text(task, escalating)));
            evidence.append(caseId, EvidenceEntry.byRoster(escalating ? "task.escalated" : "task.reminded", "DONE",
                    task.getId(), task.getName() + "; e-mailed " + recipients.size() + " recipient(s)"));
        }
    }

    /** The watched task in this scope; for an app's task, the one of this app. */
    private List<Task> openTasks(DelegateExecution execution, String taskDefinitionKey) {
        var query = taskService.createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskDefinitionKey);
        String appId = CaseVariables.appId(execution);
        if (appId != null) {
            query.taskVariableValueEquals(Var.APP_ID, appId);
        }
        return query.list();
    }

    private List<String> holdersOf(Task task) {
        List<String> recipients = new ArrayList<>();
        if (task.getAssignee() != null) {
            recipients.add(mailer.addressOf(task.getAssignee()));
            return recipients;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
                recipients.add(mailer.addressOf(link.getUserId()));
            }
            else if (link.getGroupId() != null) {
                recipients.addAll(mailer.addressesOfGroup(link.getGroupId()));
            }
        }
        return recipients;
    }

    private static String text(Task task, boolean escalating) {
        return "\"" + task.getName() + "\" has been waiting since "
                + task.getCreateTime().toInstant().atOffset(ZoneOffset.UTC) + "."
                + (escalating ? " It is overdue, so platform admins may now pick it up as well." : "")
                + "\n\nOpen it in Tasklist: /camunda/app/tasklist/default/#/?task=" + task.getId() + "\n";
    }

}
