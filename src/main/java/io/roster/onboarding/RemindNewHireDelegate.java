package io.roster.onboarding;

import io.roster.onboarding.OnboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RemindNewHire}: one reminder to sign up when the account has not appeared in time. */
@Component
class RemindNewHireDelegate implements JavaDelegate {

    private final OnboardingCases cases;

    private final OnboardingMails mails;

    private final OnboardingSteps steps;

    RemindNewHireDelegate(OnboardingCases cases, OnboardingMails mails, OnboardingSteps steps) {
        this.cases = cases;
        this.mails = mails;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Onboarding onboarding = cases.find(Vars.onboardingId(execution)).orElseThrow();
        mails.signUpReminder(onboarding);
        execution.setVariable(Var.SIGN_UP_REMINDED, true);
        steps.record(onboarding.id(), "sign-up.reminder-sent", "DONE", onboarding.email(), null);
    }

}
