package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import java.util.ArrayList;
import java.util.List;

import io.roster.mendix.Environment;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.Snapshot;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CreateSnapshots}: before an app is deleted, a backup snapshot of each of its environments. Asking again
 * (a repeated job) finds the snapshot already started under the same label instead of taking a second one.
 */
@Component
class CreateSnapshotsDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    CreateSnapshotsDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String appId = CaseVariables.appId(execution);
        List<Environment> environments = steps.call(caseId, "backup.environments", appId,
                () -> platform.environments(appId));
        List<Snapshots.Taken> taken = new ArrayList<>();
        for (Environment environment : environments) {
            Snapshot snapshot = steps.call(caseId, "backup.snapshot-start", appId, () -> platform
                .createSnapshot(appId, environment.environmentId(), Snapshots.label(caseId, appId)));
            taken.add(new Snapshots.Taken(environment.environmentId(), snapshot.snapshotId()));
            steps.record(caseId, "backup.snapshot-started", appId, "snapshot " + snapshot.snapshotId()
                    + " of environment " + environment.name() + " (" + snapshot.state() + ")");
        }
        if (environments.isEmpty()) {
            steps.record(caseId, "backup.not-needed", appId, "no Mendix Cloud environment, so no data to back up");
        }
        plans.snapshots(caseId, appId, new Snapshots(taken).format());
    }

}
