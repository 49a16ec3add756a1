package io.roster.onboarding;

import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemoveFromTeams}, when the onboarding is cancelled: the new hire leaves the teams Roster added them to (or
 * the invitation is withdrawn); teams they were in before stay. Driven by the plan lines, not by which steps completed:
 * an addition cut short by the cancellation while it was being retried is undone too.
 */
@Component
class RemoveFromTeamsDelegate implements JavaDelegate {

    static final String REVOKED = "REVOKED";

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    RemoveFromTeamsDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String userId = Vars.userId(execution);
        for (PlanItem item : cases.plan(caseId)) {
            boolean granted = AddToTeamsDelegate.ADDED.equals(item.status())
                    || AddToTeamsDelegate.INVITED.equals(item.status())
                    || OnboardingSteps.GRANTING.equals(item.status());
            if (item.kind() != PlanItem.Kind.TEAM || !granted) {
                continue;
            }
            try {
                steps.run(caseId, "team.member-remove", item.appId(),
                        () -> platform.removeTeamMember(item.appId(), userId));
                cases.itemStatus(caseId, item.seq(), REVOKED, "removed: the onboarding was cancelled");
                steps.record(caseId, "team.member-removed", "DONE", item.appId(), item.describe());
            }
            catch (MendixRefusedException refusal) {
                cases.itemStatus(caseId, item.seq(), AddToTeamsDelegate.REFUSED,
                        "removal refused: " + refusal.reason());
                steps.record(caseId, "team.member-remove", "REFUSED", item.appId(), refusal.reason());
            }
        }
    }

}
