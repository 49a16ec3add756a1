package io.roster.onboarding;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendWelcome}: the new hire hears what they have; the manager gets the whole plan with its outcome. */
@Component
class SendWelcomeDelegate implements JavaDelegate {

    private final OnboardingCases cases;

    private final OnboardingMails mails;

    private final OnboardingSteps steps;

    SendWelcomeDelegate(OnboardingCases cases, OnboardingMails mails, OnboardingSteps steps) {
        this.cases = cases;
        this.mails = mails;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Onboarding onboarding = cases.find(Vars.onboardingId(execution)).orElseThrow();
        List<PlanItem> plan = cases.plan(onboarding.id());
        mails.welcome(onboarding, plan);
        mails.managerSummary(onboarding, plan);
        steps.record(onboarding.id(), "welcome.sent", "DONE", onboarding.email(),
                "Welcome to the new hire, summary to " + onboarding.manager());
    }

}
