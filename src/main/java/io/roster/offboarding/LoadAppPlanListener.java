package io.roster.offboarding;

import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_AppHandOver}: gives each app's hand-over its bound disposition and name as local variables, for
 * the gateways and the task names.
 */
@Component
class LoadAppPlanListener implements ExecutionListener {

    private final OffboardingPlans plans;

    LoadAppPlanListener(OffboardingPlans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        PlannedApp app = plans.find(CaseVariables.offboardingId(execution), CaseVariables.appId(execution))
            .orElseThrow(() -> new IllegalStateException("app " + CaseVariables.appId(execution) + " is not in the plan"));
        execution.setVariableLocal(Var.DISPOSITION, app.effectiveDisposition().name());
        execution.setVariableLocal(Var.APP_NAME, app.facts().appName());
    }

}
