package io.roster.offboarding;

import java.util.ArrayList;
import java.util.List;

import io.roster.evidence.ChainVerification;
import io.roster.evidence.EvidenceLog;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads an offboarding for the API: the case, and what the engine and the evidence log say about it now. */
@Component
class OffboardingQueries {

    private final OffboardingCases cases;

    private final OffboardingPlans plans;

    private final EvidenceLog evidence;

    private final RuntimeService runtime;

    private final TaskService tasks;

    OffboardingQueries(OffboardingCases cases, OffboardingPlans plans, EvidenceLog evidence, RuntimeService runtime,
            TaskService tasks) {
        this.cases = cases;
        this.plans = plans;
        this.evidence = evidence;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    OffboardingView view(String id) {
        Offboarding offboarding = cases.find(id).orElseThrow(() -> OffboardingService.notFound(id));
        ProcessInstance instance = runtime.createProcessInstanceQuery()
            .processDefinitionKey(OffboardingProcess.KEY)
            .processInstanceBusinessKey(id)
            .singleResult();
        List<String> steps = new ArrayList<>();
        List<OffboardingView.OpenTask> openTasks = new ArrayList<>();
        List<String> incidents = new ArrayList<>();
        if (instance != null) {
            collectSteps(runtime.getActivityInstance(instance.getId()), steps);
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                openTasks.add(openTask(task));
            }
            for (Incident incident : runtime.createIncidentQuery().processInstanceId(instance.getId()).list()) {
                incidents.add(incident.getActivityId() + ": " + incident.getIncidentMessage());
            }
        }
        List<OffboardingView.PlanEntry> plan = plans.of(id)
            .stream()
            .map(app -> new OffboardingView.PlanEntry(app.appId(), app.facts().appName(), app.facts().summary(),
                    app.proposal(), app.proposalReason(), app.decision(), app.successorEmail(), app.status(),
                    app.statusDetail(), app.snapshotIds()))
            .toList();
        ChainVerification chain = evidence.verify(id);
        List<OffboardingView.EvidenceSummary.Step> evidenceSteps = evidence.records(id)
            .stream()
            .map(record -> new OffboardingView.EvidenceSummary.Step(record.seq(), record.recordedAt(), record.actor(),
                    record.step(), record.outcome(), record.subject()))
            .toList();
        return new OffboardingView(offboarding.id(), offboarding.status(), offboarding.leaverEmail(),
                offboarding.lastWorkingMoment(), offboarding.termination(), offboarding.manager(),
                offboarding.defaultSuccessor(), offboarding.reason(), offboarding.hrReference(),
                offboarding.requestedBy(), offboarding.requestedAt(), offboarding.leaverUserId(),
                offboarding.accessDeniedAt(), offboarding.endedAt(), steps, openTasks, plan, incidents,
                new OffboardingView.EvidenceSummary(chain.records(), chain.intact(),
                        "/api/offboardings/" + id + "/evidence", evidenceSteps));
    }

    List<OffboardingView.Summary> list(OffboardingStatus status, String email, int limit, int offset) {
        return cases.list(status, email == null ? null : email.trim().toLowerCase(), limit, offset)
            .stream()
            .map(OffboardingView.Summary::of)
            .toList();
    }

    /** The innermost activities running now, by name ("Deactivate the account", "Review the hand-over plan"). */
    private static void collectSteps(ActivityInstance activity, List<String> steps) {
        if (activity == null) {
            return;
        }
        if (activity.getChildActivityInstances().length == 0 && activity.getParentActivityInstanceId() != null) {
            String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
            if (!steps.contains(name)) {
                steps.add(name);
            }
        }
        // an asynchronous step waiting for the job executor shows as a transition instance
        for (TransitionInstance waiting : activity.getChildTransitionInstances()) {
            String name = waiting.getActivityName() == null ? waiting.getActivityId() : waiting.getActivityName();
            if (!steps.contains(name)) {
                steps.add(name);
            }
        }
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            collectSteps(child, steps);
        }
    }

    private OffboardingView.OpenTask openTask(Task task) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return new OffboardingView.OpenTask(task.getId(), task.getName(), task.getAssignee(), users, groups,
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

}
