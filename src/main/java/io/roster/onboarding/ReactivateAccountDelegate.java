package io.roster.onboarding;

import io.roster.mendix.MendixPlatform;
import io.roster.onboarding.OnboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReactivateAccount}: a rehire's deactivated account is reactivated through the legacy User Management
 * API, the only API that can (by OpenID). When the legacy API does not know the person, the job fails and shows as an
 * incident for a platform admin.
 */
@Component
class ReactivateAccountDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    ReactivateAccountDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String email = Vars.email(execution);
        String openId = steps.call(caseId, "account.openid-look-up", email, () -> platform.openIdOf(email))
            .orElseThrow(() -> new IllegalStateException("The legacy User Management API does not know " + email
                    + "; reactivate the account in the Control Center, then complete the onboarding's job by hand."));
        steps.run(caseId, "account.reactivate", email, () -> platform.reactivate(openId));
        execution.setVariable(Var.ACCOUNT_STATE, ResolveNewHireAccountDelegate.ACTIVE);
        cases.accountFound(caseId, Vars.userId(execution));
        steps.record(caseId, "account.reactivated", "DONE", email, "Reactivated through the legacy API.");
    }

}
