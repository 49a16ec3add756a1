package io.roster.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The plan for a new hire by department and job title, from {@code processes/onboarding-plan.dmn}: a change of the
 * table changes the plan without code.
 */
@Component
class OnboardingPlanner {

    private final DecisionService decisions;

    OnboardingPlanner(DecisionService decisions) {
        this.decisions = decisions;
    }

    List<PlanItem> plan(String department, String jobTitle) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(OnboardingProcess.PLAN_DECISION)
            .variables(Variables.createVariables().putValue("department", department).putValue("jobTitle", jobTitle))
            .evaluate();
        List<PlanItem> items = new ArrayList<>();
        for (Map<String, Object> row : result.getResultList()) {
            items.add(new PlanItem(items.size() + 1, PlanItem.Kind.valueOf((String) row.get("kind")),
                    (String) row.get("appId"), (String) row.get("role"), (String) row.get("environment"),
                    (String) row.get("permissions"), (String) row.get("step"), (String) row.get("owner"),
                    PlanItem.PLANNED, null));
        }
        return items;
    }

}
