package io.roster.onboarding;

import java.util.Date;
import java.util.Optional;

import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import io.roster.onboarding.OnboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ResolveAccount}: does the new hire have an account already? None: they must sign up. Deactivated: a
 * rehire, to be reactivated. Active: nothing to wait for.
 */
@Component
class ResolveNewHireAccountDelegate implements JavaDelegate {

    static final String NONE = "NONE";

    static final String ACTIVE = "ACTIVE";

    static final String DEACTIVATED = "DEACTIVATED";

    private final MendixPlatform platform;

    private final AccountStatuses statuses;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    private final OnboardingTimers timers;

    ResolveNewHireAccountDelegate(MendixPlatform platform, AccountStatuses statuses, OnboardingCases cases,
            OnboardingSteps steps, OnboardingTimers timers) {
        this.platform = platform;
        this.statuses = statuses;
        this.cases = cases;
        this.steps = steps;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String email = Vars.email(execution);
        Optional<MendixAccount> account = steps.call(caseId, "account.look-up", email,
                () -> platform.findAccount(email));
        execution.setVariable(Var.LEGACY_API, platform.legacyUserManagementAvailable());
        execution.setVariable(Var.SIGN_UP_REMINDED, false);
        execution.setVariable(Var.SIGN_UP_ESCALATED, false);
        if (account.isEmpty()) {
            execution.setVariable(Var.ACCOUNT_STATE, NONE);
            Date escalateAt = timers.escalateAt(cases.find(caseId).orElseThrow().startDate());
            execution.setVariable(Var.SIGN_UP_REMIND_AT, timers.remindAt(escalateAt));
            execution.setVariable(Var.SIGN_UP_ESCALATE_AT, escalateAt);
            steps.record(caseId, "account.not-found", "DONE", email, "No account yet: the new hire must sign up.");
            return;
        }
        String userId = account.get().userId();
        execution.setVariable(Var.USER_ID, userId);
        if (statuses.deactivated(email)) {
            execution.setVariable(Var.ACCOUNT_STATE, DEACTIVATED);
            steps.record(caseId, "account.deactivated", "DONE", email,
                    "Rehire: account " + userId + " exists but is deactivated.");
            return;
        }
        execution.setVariable(Var.ACCOUNT_STATE, ACTIVE);
        cases.accountFound(caseId, userId);
        steps.record(caseId, "account.found", "DONE", email, "Active account " + userId + "; no sign-up needed.");
    }

}
