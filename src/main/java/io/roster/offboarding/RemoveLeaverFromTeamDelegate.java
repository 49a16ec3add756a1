package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemoveLeaverFromTeam}: after access is denied, the leaver leaves the app's team. The platform refuses
 * for the last Scrum Master, the last member, or the Technical Contact of a licensed app.
 */
@Component
class RemoveLeaverFromTeamDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    RemoveLeaverFromTeamDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String leaver = CaseVariables.leaverUserId(execution);
        PlannedApp app = plans.find(caseId, CaseVariables.appId(execution)).orElseThrow();
        steps.run(caseId, "team.member-remove", app.appId(), () -> platform.removeTeamMember(app.appId(), leaver));
        String done = app.effectiveDisposition() == Disposition.REASSIGN_TECHNICAL_CONTACT
                ? "Handed over to " + app.successorEmail() + "; the leaver left the team."
                : "The leaver left the team.";
        plans.status(caseId, app.appId(), AppStatus.DONE, done);
        steps.record(caseId, "team.member-removed", app.appId(), app.facts().appName() + ": " + done);
    }

}
