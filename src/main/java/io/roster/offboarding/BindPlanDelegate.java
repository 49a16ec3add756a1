package io.roster.offboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BindPlan}: makes the reviewed plan the one Roster executes. First it takes the inventory again; if
 * anything the proposals rest on changed since the manager looked, Roster plans anew and asks again. Then it checks
 * the manager's decisions (a hand-over needs a successor with an account in the company) and binds them.
 */
@Component
class BindPlanDelegate implements JavaDelegate {

    static final String BOUND = "BOUND";

    static final String INVENTORY_CHANGED = "INVENTORY_CHANGED";

    static final String DECISIONS_INVALID = "DECISIONS_INVALID";

    private final AppInventory inventory;

    private final HandoverPlanner planner;

    private final OffboardingPlans plans;

    private final MendixPlatform platform;

    private final PlatformSteps steps;

    BindPlanDelegate(AppInventory inventory, HandoverPlanner planner, OffboardingPlans plans, MendixPlatform platform,
            PlatformSteps steps) {
        this.inventory = inventory;
        this.planner = planner;
        this.plans = plans;
        this.platform = platform;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String userId = CaseVariables.leaverUserId(execution);
        AppInventory.Inventory now = steps.call(caseId, "apps.inventory", userId, () -> inventory.of(userId));
        if (!planner.fingerprintOf(caseId, now).equals(execution.getVariable(Var.INVENTORY_FINGERPRINT))) {
            steps.record(caseId, "plan.inventory-changed", userId,
                    "The leaver's apps changed while the plan was reviewed; Roster plans anew and asks again.");
            execution.setVariable(Var.PLAN_BINDING, INVENTORY_CHANGED);
            return;
        }
        Map<String, PlannedApp> proposed = plans.of(caseId)
            .stream()
            .filter(app -> app.status() == AppStatus.PROPOSED)
            .collect(Collectors.toMap(PlannedApp::appId, app -> app));
        List<Decision> decisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String defaultSuccessor = CaseVariables.string(execution, Var.DEFAULT_SUCCESSOR);
        for (JsonNode item : CaseVariables.json(execution, Var.PLAN_ITEMS)) {
            PlannedApp app = proposed.get(item.path("appId").asText());
            if (app == null) {
                continue;
            }
            Decision decision = decisionOf(app, item, defaultSuccessor, problems);
            if (decision != null) {
                decisions.add(decision);
            }
        }
        if (decisions.size() != proposed.size() && problems.isEmpty()) {
            problems.add("The plan must decide every app; " + (proposed.size() - decisions.size()) + " missing.");
        }
        if (!problems.isEmpty()) {
            execution.setVariable(Var.REVIEW_PROBLEMS, String.join("\n", problems));
            execution.setVariable(Var.PLAN_BINDING, DECISIONS_INVALID);
            return;
        }
        bind(execution, caseId, decisions);
    }

    private record Decision(PlannedApp app, Disposition disposition, String successor) {
    }

    private Decision decisionOf(PlannedApp app, JsonNode item, String defaultSuccessor, List<String> problems) {
        Disposition disposition;
        try {
            disposition = Disposition.valueOf(item.path("decision").asText(app.proposal().name()));
        }
        catch (IllegalArgumentException unknown) {
            problems.add(app.facts().appName() + ": \"" + item.path("decision").asText() + "\" is not a decision.");
            return null;
        }
        String successor = item.path("successor").asText("").trim().toLowerCase();
        if (successor.isEmpty() && defaultSuccessor != null) {
            successor = defaultSuccessor.trim().toLowerCase();
        }
        if (disposition == Disposition.REASSIGN_TECHNICAL_CONTACT) {
            if (successor.isEmpty()) {
                problems.add(app.facts().appName() + ": a hand-over needs a successor's e-mail.");
                return null;
            }
            if (platform.findAccount(successor).isEmpty()) {
                problems.add(app.facts().appName() + ": " + successor + " has no account in the company.");
                return null;
            }
        }
        if (disposition == Disposition.DELETE_APP && app.facts().cloud() != io.roster.mendix.App.Cloud.MENDIX) {
            problems.add(app.facts().appName() + ": only apps in the public Mendix cloud can be deleted.");
            return null;
        }
        return new Decision(app, disposition,
                disposition == Disposition.REASSIGN_TECHNICAL_CONTACT ? successor : null);
    }

    private void bind(DelegateExecution execution, String caseId, List<Decision> decisions) {
        List<String> approved = new ArrayList<>();
        List<Map<String, Object>> deletions = new ArrayList<>();
        for (Decision decision : decisions) {
            plans.decide(caseId, decision.app().appId(), decision.disposition(), decision.successor());
            approved.add(decision.app().appId());
            if (decision.disposition() == Disposition.DELETE_APP) {
                deletions.add(Map.of("appId", decision.app().appId(), "appName", decision.app().facts().appName(),
                        "facts", decision.app().facts().summary(), "approved", true));
            }
        }
        steps.record(caseId, "plan.bound", null, decisions.stream()
            .map(decision -> decision.app().facts().appName() + ": " + decision.disposition()
                    + (decision.successor() == null ? "" : " to " + decision.successor()))
            .collect(Collectors.joining("; ")));
        execution.setVariable(Var.APPROVED_APP_IDS, approved);
        execution.setVariable(Var.DELETIONS_TO_APPROVE, CaseVariables.jsonValue(deletions));
        execution.setVariable(Var.DELETIONS_PROPOSED, !deletions.isEmpty());
        execution.setVariable(Var.PLAN_BINDING, BOUND);
    }

}
