package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ChangeTechnicalContact}: the successor becomes the app's Technical Contact (Deploy API v4). */
@Component
class ChangeTechnicalContactDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    ChangeTechnicalContactDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        PlannedApp app = plans.find(caseId, CaseVariables.appId(execution)).orElseThrow();
        steps.run(caseId, "app.technical-contact-change", app.appId(),
                () -> platform.changeTechnicalContact(app.appId(), app.successorEmail()));
        plans.status(caseId, app.appId(), AppStatus.TECHNICAL_CONTACT_CHANGED,
                app.successorEmail() + " is Technical Contact; the leaver leaves the team after the last day.");
        steps.record(caseId, "app.technical-contact-changed", app.appId(),
                app.facts().appName() + ": Technical Contact is now " + app.successorEmail());
    }

}
