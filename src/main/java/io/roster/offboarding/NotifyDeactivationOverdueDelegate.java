package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.notify.Mail;
import io.roster.notify.Mailer;
import io.roster.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyDeactivationOverdue}: the SLA passed and the leaver can still log in. Platform admins are
 * e-mailed (and get a task) so that a person looks at the failing deactivation now.
 */
@Component
class NotifyDeactivationOverdueDelegate implements JavaDelegate {

    private final Mailer mailer;

    private final PlatformSteps steps;

    NotifyDeactivationOverdueDelegate(Mailer mailer, PlatformSteps steps) {
        this.mailer = mailer;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String leaver = CaseVariables.leaverEmail(execution);
        mailer.send(new Mail(mailer.addressesOfGroup(Roles.PLATFORM_ADMINS),
                "URGENT: " + leaver + " still has platform access",
                "The deactivation of " + leaver + " (offboarding " + caseId + ") was due at "
                        + CaseVariables.accessEndsAt(execution).toInstant() + " and has not succeeded.\n\n"
                        + "Look at the incident of this offboarding in Cockpit and retry it, or deactivate the "
                        + "account in the Control Center (Members > Active Members > Deactivate) and complete the "
                        + "task in Tasklist.\n"));
        steps.record(caseId, "account.deactivation-overdue", CaseVariables.leaverUserId(execution),
                "The SLA passed without a successful deactivation; platform admins alerted.");
    }

}
