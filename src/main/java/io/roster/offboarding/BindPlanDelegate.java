package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.App;
import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BindPlan}: makes the reviewed plan the one Roster executes. First it takes the inventory again; if
 * anything the proposals rest on changed since the manager looked, Roster plans anew and asks again. Then it checks
 * the manager's decisions (every app in exactly one of the review's lists; a hand-over needs a successor with an
 * account in the company) and binds them.
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
        List<String> problems = new ArrayList<>();
        Map<String, Disposition> chosen = decisionsOf(execution, proposed, problems);
        String successor = successorOf(execution);
        boolean handingOver = chosen.containsValue(Disposition.REASSIGN_TECHNICAL_CONTACT);
        String successorProblem = handingOver ? problemWith(successor) : null;
        List<Decision> decisions = new ArrayList<>();
        for (PlannedApp app : proposed.values()) {
            Disposition disposition = chosen.get(app.appId());
            if (disposition != null && acceptable(app, disposition, successorProblem, problems)) {
                decisions.add(new Decision(app, disposition,
                        disposition == Disposition.REASSIGN_TECHNICAL_CONTACT ? successor : null));
            }
        }
        if (!problems.isEmpty()) {
            execution.setVariable(Var.REVIEW_PROBLEMS, String.join(" ", problems));
            execution.setVariable(Var.PLAN_BINDING, DECISIONS_INVALID);
            return;
        }
        bind(execution, caseId, decisions);
    }

    private record Decision(PlannedApp app, Disposition disposition, String successor) {
    }

    /** Which list each app is in; an app in none or in two is a problem for the reviewer. */
    private static Map<String, Disposition> decisionsOf(DelegateExecution execution, Map<String, PlannedApp> proposed,
            List<String> problems) {
        Map<String, Disposition> chosen = new HashMap<>();
        Map<String, Integer> times = new HashMap<>();
        for (Disposition disposition : Disposition.values()) {
            JsonNode list;
            try {
                list = CaseVariables.json(execution, disposition.reviewList());
            }
            catch (IllegalArgumentException unreadable) {
                problems.add("The list \"" + disposition.label() + "\" could not be read; choose its apps again.");
                continue;
            }
            for (JsonNode appId : list) {
                if (proposed.containsKey(appId.asText())) {
                    chosen.put(appId.asText(), disposition);
                    times.merge(appId.asText(), 1, Integer::sum);
                }
            }
        }
        for (PlannedApp app : proposed.values()) {
            int count = times.getOrDefault(app.appId(), 0);
            if (count != 1) {
                problems.add(app.facts().appName() + " is in " + (count == 0 ? "none" : count)
                        + " of the lists; tick it in exactly one.");
                chosen.remove(app.appId());
            }
        }
        return chosen;
    }

    /** The successor typed in, else the one chosen from the list. */
    private static String successorOf(DelegateExecution execution) {
        for (String name : List.of(Var.OTHER_SUCCESSOR, Var.DEFAULT_SUCCESSOR)) {
            String value = CaseVariables.string(execution, name);
            if (value != null && !value.isBlank()) {
                return value.trim().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Why the successor cannot take over, or null: one look-up for all the apps handed over. */
    private String problemWith(String successor) {
        if (successor == null) {
            return "a hand-over needs a successor.";
        }
        return platform.findAccount(successor).isPresent() ? null
                : successor + " has no account in the company.";
    }

    private static boolean acceptable(PlannedApp app, Disposition disposition, String successorProblem,
            List<String> problems) {
        if (disposition == Disposition.REASSIGN_TECHNICAL_CONTACT && successorProblem != null) {
            problems.add(app.facts().appName() + ": " + successorProblem);
            return false;
        }
        if (disposition == Disposition.DELETE_APP && app.facts().cloud() != App.Cloud.MENDIX) {
            problems.add(app.facts().appName() + ": only apps in the public Mendix cloud can be deleted.");
            return false;
        }
        return true;
    }

    private void bind(DelegateExecution execution, String caseId, List<Decision> decisions) {
        List<String> approved = new ArrayList<>();
        List<HandoverPlanner.Option> deletions = new ArrayList<>();
        for (Decision decision : decisions) {
            plans.decide(caseId, decision.app().appId(), decision.disposition(), decision.successor());
            approved.add(decision.app().appId());
            if (decision.disposition() == Disposition.DELETE_APP) {
                deletions.add(new HandoverPlanner.Option(
                        decision.app().facts().appName() + " (" + decision.app().facts().summary() + ")",
                        decision.app().appId()));
            }
        }
        steps.record(caseId, "plan.bound", null, decisions.stream()
            .map(decision -> decision.app().facts().appName() + ": " + decision.disposition()
                    + (decision.successor() == null ? "" : " to " + decision.successor()))
            .collect(Collectors.joining("; ")));
        execution.setVariable(Var.APPROVED_APP_IDS, approved);
        execution.setVariable(Var.DELETION_OPTIONS, CaseVariables.jsonValue(deletions));
        execution.setVariable(Var.APPROVED_DELETIONS,
                CaseVariables.jsonValue(deletions.stream().map(HandoverPlanner.Option::value).toList()));
        execution.setVariable(Var.DELETIONS_PROPOSED, !deletions.isEmpty());
        execution.setVariable(Var.PLAN_BINDING, BOUND);
    }

}
