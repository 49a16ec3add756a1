package io.roster.onboarding;

import io.roster.mendix.MendixPlatform;
import io.roster.onboarding.OnboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckAccount}: one poll of the User Identifiers API while waiting for the new hire's sign-up. */
@Component
class CheckNewHireAccountDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    CheckNewHireAccountDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String email = Vars.email(execution);
        steps.call(caseId, "account.look-up", email, () -> platform.findAccount(email)).ifPresent(account -> {
            execution.setVariable(Var.USER_ID, account.userId());
            execution.setVariable(Var.ACCOUNT_STATE, ResolveNewHireAccountDelegate.ACTIVE);
            cases.accountFound(caseId, account.userId());
            steps.record(caseId, "account.signed-up", "DONE", email, "The new hire signed up: " + account.userId());
        });
    }

}
