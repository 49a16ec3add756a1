package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_InventoryApps}: finds the leaver's apps and what matters about each, and proposes a disposition for
 * every app not settled yet (evaluating {@code app-disposition.dmn}). Fills the review form: a table of the apps and
 * one list of app ids per disposition, each holding the apps proposed for it.
 */
@Component
class InventoryAppsDelegate implements JavaDelegate {

    private final AppInventory inventory;

    private final HandoverPlanner planner;

    private final PlatformSteps steps;

    InventoryAppsDelegate(AppInventory inventory, HandoverPlanner planner, PlatformSteps steps) {
        this.inventory = inventory;
        this.planner = planner;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String userId = CaseVariables.leaverUserId(execution);
        AppInventory.Inventory found = steps.call(caseId, "apps.inventory", userId, () -> inventory.of(userId));
        HandoverPlanner.Round round = planner.plan(caseId, found);
        steps.record(caseId, "apps.inventoried", userId, found.apps().size() + " app(s) found; "
                + round.items().size()
                + " to decide in plan version " + round.version());
        execution.setVariable(Var.APPS_TO_DECIDE, round.items().size());
        execution.setVariable(Var.INVENTORY_FINGERPRINT, round.fingerprint());
        execution.setVariable(Var.PLAN_ITEMS, CaseVariables.jsonValue(round.items()));
        execution.setVariable(Var.APP_OPTIONS, CaseVariables.jsonValue(round.appOptions()));
        for (Disposition disposition : Disposition.values()) {
            execution.setVariable(disposition.reviewList(), CaseVariables.jsonValue(round.proposed(disposition)));
        }
        execution.setVariable(Var.SUCCESSOR_OPTIONS, CaseVariables.jsonValue(round.successorOptions()));
        execution.setVariable(Var.OTHER_SUCCESSOR, null);
        execution.setVariable(Var.REVIEW_PROBLEMS, null);
    }

}
