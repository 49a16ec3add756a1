package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import java.util.ArrayList;
import java.util.List;

import io.roster.mendix.MendixPlatform;
import io.roster.mendix.Snapshot;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckSnapshots}: follows the app's backup snapshots until all completed. A failed one stops the delete;
 * the app goes to a person with the platform's message.
 */
@Component
class CheckSnapshotsDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingPlans plans;

    private final PlatformSteps steps;

    CheckSnapshotsDelegate(MendixPlatform platform, OffboardingPlans plans, PlatformSteps steps) {
        this.platform = platform;
        this.plans = plans;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String appId = CaseVariables.appId(execution);
        Snapshots snapshots = Snapshots.parse(plans.find(caseId, appId).orElseThrow().snapshotIds());
        Snapshots.State state = snapshots.taken().isEmpty() ? Snapshots.State.NONE : Snapshots.State.COMPLETED;
        List<String> completed = new ArrayList<>();
        for (Snapshots.Taken taken : snapshots.taken()) {
            Snapshot snapshot = steps.call(caseId, "backup.snapshot-check", appId,
                    () -> platform.snapshot(appId, taken.environmentId(), taken.snapshotId()));
            if (snapshot.state() == Snapshot.State.FAILED) {
                throw failed(caseId, appId, snapshot);
            }
            if (snapshot.state() != Snapshot.State.COMPLETED) {
                state = Snapshots.State.RUNNING;
            }
            else {
                completed.add(snapshot.snapshotId());
            }
        }
        if (state == Snapshots.State.COMPLETED) {
            steps.record(caseId, "backup.snapshots-completed", appId, "completed snapshot(s): "
                    + String.join(", ", completed));
        }
        execution.setVariableLocal(Var.SNAPSHOTS, state.name());
    }

    /** A failed snapshot stops the delete: the app goes to a person. */
    private BpmnError failed(String caseId, String appId, Snapshot snapshot) {
        String reason = "Backup snapshot " + snapshot.snapshotId() + " failed"
                + (snapshot.statusMessage() == null ? "" : " (" + snapshot.statusMessage() + ")")
                + ", so the app was not deleted. Take a backup by hand, then delete it or decide to keep it.";
        return steps.refusal(caseId, "backup.snapshot-failed", appId, reason);
    }

}
