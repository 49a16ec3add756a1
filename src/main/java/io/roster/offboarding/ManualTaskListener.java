package io.roster.offboarding;

import io.roster.process.TaskActors;
import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.App;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ResolveAppManually} and {@code Task_ResolveRefusal}: on create, tells the person which app, why it
 * needs them, and what to do; on complete, records how they resolved it. The app counts as settled afterwards.
 */
@Component
class ManualTaskListener implements TaskListener {

    private final OffboardingPlans plans;

    private final TaskActors actors;

    private final EvidenceLog evidence;

    ManualTaskListener(OffboardingPlans plans, TaskActors actors, EvidenceLog evidence) {
        this.plans = plans;
        this.actors = actors;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.offboardingId(task);
        PlannedApp app = plans.find(caseId, CaseVariables.appId(task)).orElseThrow();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String reason = reasonOf(task, app);
            task.setVariableLocal(Var.APP_ID, app.appId());
            task.setVariableLocal(Var.APP_NAME, app.facts().appName());
            task.setVariableLocal(Var.MANUAL_REASON, reason);
            task.setVariableLocal("instructions", instructions(app));
            task.setVariableLocal("appFacts", app.facts().summary());
            plans.status(caseId, app.appId(), AppStatus.MANUAL_PENDING, reason);
        }
        else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String actor = actors.actorOf(task);
            String resolution = CaseVariables.string(task, Var.RESOLUTION);
            String note = CaseVariables.string(task, Var.RESOLUTION_NOTE);
            String detail = "Resolved by " + actor + ": " + (resolution == null ? "done" : resolution)
                    + (note == null || note.isBlank() ? "" : " (" + note + ")");
            plans.status(caseId, app.appId(), AppStatus.RESOLVED_MANUALLY, detail);
            evidence.append(caseId, new EvidenceEntry(actor, "app.resolved-manually", "DONE", app.appId(),
                    app.facts().appName() + ": " + detail));
        }
    }

    private static String reasonOf(DelegateTask task, PlannedApp app) {
        String reason = CaseVariables.string(task, Var.MANUAL_REASON);
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        if (app.statusDetail() != null && !app.statusDetail().isBlank()) {
            return app.statusDetail();
        }
        return app.proposalReason();
    }

    /** What a person can do about it, in the words of the Control Center. */
    static String instructions(PlannedApp app) {
        AppFacts facts = app.facts();
        if (app.effectiveDisposition() == Disposition.DELETE_APP) {
            return "The deletion was approved, but Roster could not take the backup it needs first (see why above). "
                    + "If anything in " + facts.appName() + " is worth keeping, export it (Studio Pro: File > Export "
                    + "app package); then delete the app in the Control Center (Apps > " + facts.appName()
                    + " > Delete), or decide to keep it.";
        }
        if (facts.cloud() != App.Cloud.MENDIX && facts.technicalContact()) {
            return "Technical Contacts of apps outside the public Mendix cloud cannot be changed by API: change it "
                    + "in the portal of that cloud, then remove the leaver from the team in the Control Center "
                    + "(Apps > " + facts.appName() + " > Members).";
        }
        if (facts.onlyScrumMaster()) {
            return "Make another team member Scrum Master of " + facts.appName() + " (Control Center > Apps > "
                    + facts.appName() + " > Members > change role), then remove the leaver from the team.";
        }
        if ("LICENSED".equals(facts.licenseType()) && facts.technicalContact()) {
            return "A licensed app needs a Technical Contact: choose a successor in the Control Center "
                    + "(Apps > " + facts.appName() + " > Technical Contact), then remove the leaver from the team.";
        }
        return "Decide what happens to " + facts.appName() + " and carry it out in the Control Center; record "
                + "what you did below.";
    }

}
