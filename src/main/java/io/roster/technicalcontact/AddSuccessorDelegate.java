package io.roster.technicalcontact;

import io.roster.mendix.App;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.TeamChange;
import io.roster.process.PlatformSteps;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AddSuccessorToTeam}: a Technical Contact must be in the app's team, so the successor joins it with the
 * current Technical Contact's role unless they are a member already. An invitation (202) is not enough: the change
 * ends refused, with what to do.
 */
@Component
class AddSuccessorDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final PlatformSteps steps;

    AddSuccessorDelegate(MendixPlatform platform, PlatformSteps steps) {
        this.platform = platform;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String changeId = (String) execution.getVariable(Var.CHANGE_ID);
        String appId = (String) execution.getVariable(Var.APP_ID);
        String successor = (String) execution.getVariable(Var.SUCCESSOR_EMAIL);
        String successorId = steps.call(changeId, "team.successor-resolve", successor,
                () -> platform.findAccount(successor))
            .orElseThrow(() -> steps.refusal(changeId, "team.successor-resolve", successor,
                    successor + " no longer has an account in the company."))
            .userId();
        App app = steps.call(changeId, "team.read", appId, () -> platform.app(appId));
        if (app.members().stream().anyMatch(member -> member.userId().equals(successorId))) {
            steps.record(changeId, "team.successor-added", appId, successor + " is already in the team");
            return;
        }
        if (app.technicalContact() == null || app.technicalContact().roleId() == null) {
            throw steps.refusal(changeId, "team.successor-add", appId, app.name() + " has no Technical Contact whose "
                    + "role Roster could give the successor; add " + successor + " to the team by hand first.");
        }
        TeamChange change = steps.call(changeId, "team.successor-add", appId,
                () -> platform.addTeamMember(appId, successorId, app.technicalContact().roleId()));
        steps.record(changeId, "team.successor-added", appId, switch (change) {
            case ADDED -> successor + " joined the team as " + app.technicalContact().roleName();
            case ALREADY_MEMBER -> successor + " is already in the team";
            case INVITED -> successor + " was invited to the team and must accept first";
        });
        if (change == TeamChange.INVITED) {
            throw new BpmnError(PlatformSteps.NEEDS_A_PERSON, successor + " was invited to the team of " + app.name()
                    + " and must accept the invitation first; then ask for the change again.");
        }
    }

}
