package io.roster.onboarding;

import java.util.List;

import io.roster.onboarding.OnboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlanOnboarding}: the decision table makes the plan from department and job title, at the moment the
 * account exists (so a table changed meanwhile applies); the plan is kept with the case, the steps become tasks.
 */
@Component
class PlanOnboardingDelegate implements JavaDelegate {

    private final OnboardingCases cases;

    private final OnboardingPlanner planner;

    private final OnboardingSteps steps;

    PlanOnboardingDelegate(OnboardingCases cases, OnboardingPlanner planner, OnboardingSteps steps) {
        this.cases = cases;
        this.planner = planner;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Onboarding onboarding = cases.find(Vars.onboardingId(execution)).orElseThrow();
        List<PlanItem> plan = planner.plan(onboarding.department(), onboarding.jobTitle());
        cases.savePlan(onboarding.id(), plan);
        execution.setVariable(Var.INTERNAL_STEPS,
                plan.stream().filter(item -> item.kind() == PlanItem.Kind.STEP).map(PlanItem::step).toList());
        steps.record(onboarding.id(), "plan.decided", "DONE", onboarding.email(),
                onboarding.department() + " / " + onboarding.jobTitle() + ": " + String.join("; ",
                        plan.stream().map(PlanItem::describe).toList()));
    }

}
