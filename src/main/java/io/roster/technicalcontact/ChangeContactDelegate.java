package io.roster.technicalcontact;

import io.roster.mendix.MendixPlatform;
import io.roster.process.PlatformSteps;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ChangeTechnicalContact}: the successor becomes the app's Technical Contact (Deploy API v4). */
@Component
class ChangeContactDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final PlatformSteps steps;

    ChangeContactDelegate(MendixPlatform platform, PlatformSteps steps) {
        this.platform = platform;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String changeId = (String) execution.getVariable(Var.CHANGE_ID);
        String appId = (String) execution.getVariable(Var.APP_ID);
        String successor = (String) execution.getVariable(Var.SUCCESSOR_EMAIL);
        steps.run(changeId, "app.technical-contact-change", appId,
                () -> platform.changeTechnicalContact(appId, successor));
        steps.record(changeId, "app.technical-contact-changed", appId,
                execution.getVariable(Var.APP_NAME) + ": Technical Contact is now " + successor);
    }

}
