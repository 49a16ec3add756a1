package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RestoreTechnicalContacts}: the offboarding was cancelled before the last day, so the Technical Contact
 * changes already made are given back to the person who stays. (Removals and deletions only happen after access is
 * denied, and cancelling is refused after that, so there is nothing else to undo.)
 */
@Component
class RestoreTechnicalContactsDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    RestoreTechnicalContactsDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String leaver = CaseVariables.leaverEmail(execution);
        for (PlannedApp app : plans.of(caseId)) {
            if (app.status() != AppStatus.TECHNICAL_CONTACT_CHANGED) {
                continue;
            }
            steps.run(caseId, "app.technical-contact-restore", app.appId(),
                    () -> platform.changeTechnicalContact(app.appId(), leaver));
            plans.status(caseId, app.appId(), AppStatus.RESTORED,
                    "Offboarding cancelled: " + leaver + " is Technical Contact again.");
            steps.record(caseId, "app.technical-contact-restored", app.appId(),
                    app.facts().appName() + ": Technical Contact given back to " + leaver);
        }
    }

}
