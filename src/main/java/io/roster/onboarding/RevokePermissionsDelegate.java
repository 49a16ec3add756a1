package io.roster.onboarding;

import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RevokePermissions}, when the onboarding is cancelled: every environment where Roster set (or was setting)
 * permissions, as the plan lines record it, goes back to what the new hire could do there before (nothing, for most).
 */
@Component
class RevokePermissionsDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    RevokePermissionsDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String email = Vars.email(execution);
        for (PlanItem item : cases.plan(caseId)) {
            boolean granted = SetPermissionsDelegate.SET.equals(item.status())
                    || OnboardingSteps.GRANTING.equals(item.status());
            if (item.kind() != PlanItem.Kind.ENVIRONMENT || !granted) {
                continue;
            }
            String before = cases.previousPermissions(caseId, item.seq()).orElse("");
            platform.environments(item.appId())
                .stream()
                .filter(environment -> environment.name().equalsIgnoreCase(item.environment()))
                .findFirst()
                .ifPresent(environment -> steps.run(caseId, "environment.permissions-revoke", item.appId(),
                        () -> platform.setEnvironmentPermissions(item.appId(), environment.environmentId(),
                                SetPermissionsDelegate.permission(email, before))));
            String restored = before.isEmpty() ? "none" : before;
            cases.itemStatus(caseId, item.seq(), RemoveFromTeamsDelegate.REVOKED,
                    "revoked: the onboarding was cancelled; back to " + restored);
            steps.record(caseId, "environment.permissions-revoked", "DONE", item.appId(),
                    item.describe() + "; back to " + restored);
        }
    }

}
