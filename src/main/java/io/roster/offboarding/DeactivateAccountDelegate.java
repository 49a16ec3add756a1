package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import java.time.Clock;

import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeactivateAccount}: denies the leaver platform access (and their PATs). Safe to repeat: deactivating a
 * deactivated account succeeds and changes nothing.
 */
@Component
class DeactivateAccountDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingCases cases;

    private final PlatformSteps steps;

    private final Clock clock;

    DeactivateAccountDelegate(MendixPlatform platform, OffboardingCases cases, PlatformSteps steps, Clock clock) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String userId = CaseVariables.leaverUserId(execution);
        steps.run(caseId, "account.deactivate", userId, () -> platform.deactivate(userId));
        cases.accessDenied(caseId, clock.instant());
        steps.record(caseId, "account.deactivated", userId,
                "User Deactivation API: account deactivated; platform access and personal access tokens are denied");
        // set on the process instance, where the hand-over's conditional events wait for it
        execution.getProcessInstance().setVariable(Var.ACCESS_DENIED, true);
    }

}
