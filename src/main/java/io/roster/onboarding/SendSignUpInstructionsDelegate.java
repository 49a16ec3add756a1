package io.roster.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendSignUpInstructions}: the new hire learns how to create their account, well before the start date. */
@Component
class SendSignUpInstructionsDelegate implements JavaDelegate {

    private final OnboardingCases cases;

    private final OnboardingMails mails;

    private final OnboardingSteps steps;

    SendSignUpInstructionsDelegate(OnboardingCases cases, OnboardingMails mails, OnboardingSteps steps) {
        this.cases = cases;
        this.mails = mails;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Onboarding onboarding = cases.find(Vars.onboardingId(execution)).orElseThrow();
        mails.signUpInstructions(onboarding);
        steps.record(onboarding.id(), "sign-up.instructions-sent", "DONE", onboarding.email(), null);
    }

}
