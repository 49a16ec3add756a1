package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.TeamChange;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AddSuccessorToTeam}: the new Technical Contact must be a team member, so the successor joins the team
 * with the leaver's role unless they are in it already. An external successor only gets an invitation (202): the app
 * then needs a person to follow up.
 */
@Component
class AddSuccessorToTeamDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    AddSuccessorToTeamDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        PlannedApp app = plans.find(caseId, CaseVariables.appId(execution)).orElseThrow();
        String successor = app.successorEmail();
        String successorId = steps.call(caseId, "team.successor-resolve", successor,
                () -> platform.findAccount(successor))
            .orElseThrow(() -> steps.refusal(caseId, "team.successor-resolve", successor,
                    successor + " no longer has an account in the company."))
            .userId();
        TeamChange change = steps.call(caseId, "team.successor-add", app.appId(),
                () -> platform.addTeamMember(app.appId(), successorId, app.facts().leaverRoleId()));
        steps.record(caseId, "team.successor-added", app.appId(), switch (change) {
            case ADDED -> successor + " joined the team of " + app.facts().appName();
            case ALREADY_MEMBER -> successor + " is already in the team of " + app.facts().appName();
            case INVITED -> successor + " was invited to the team of " + app.facts().appName()
                    + " and must accept before becoming Technical Contact";
        });
        if (change == TeamChange.INVITED) {
            throw new BpmnError(PlatformSteps.NEEDS_A_PERSON, successor + " was invited to the team of "
                    + app.facts().appName() + " and must accept first. Once they have, make them Technical Contact in "
                    + "the Control Center and remove the leaver from the team.");
        }
    }

}
