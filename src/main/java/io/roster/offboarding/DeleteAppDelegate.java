package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeleteApp}: deletes the app with its repository and cloud resources, only after its snapshots
 * completed (checked again here, not just trusted from the diagram). An app already gone counts as deleted.
 */
@Component
class DeleteAppDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    DeleteAppDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String appId = CaseVariables.appId(execution);
        Snapshots.State snapshots = Snapshots.State.valueOf(CaseVariables.string(execution, Var.SNAPSHOTS));
        if (snapshots != Snapshots.State.COMPLETED && snapshots != Snapshots.State.NONE) {
            throw new IllegalStateException("refusing to delete app " + appId + ": its backup is " + snapshots);
        }
        PlannedApp app = plans.find(caseId, appId).orElseThrow();
        steps.run(caseId, "app.delete", appId, () -> platform.deleteApp(appId));
        String detail = snapshots == Snapshots.State.NONE ? "Deleted; it had no environment to back up."
                : "Deleted after backup snapshot(s) " + app.snapshotIds() + ".";
        plans.status(caseId, appId, AppStatus.DONE, detail);
        steps.record(caseId, "app.deleted", appId, app.facts().appName() + ": " + detail);
    }

}
