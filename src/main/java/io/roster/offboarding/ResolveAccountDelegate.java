package io.roster.offboarding;

import io.roster.process.PlatformSteps;
import java.util.Optional;

import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ResolveAccount}: finds the leaver's account in the company by e-mail. */
@Component
class ResolveAccountDelegate implements JavaDelegate {

    private final MendixPlatform platform;

    private final OffboardingCases cases;

    private final PlatformSteps steps;

    ResolveAccountDelegate(MendixPlatform platform, OffboardingCases cases, PlatformSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.offboardingId(execution);
        String email = CaseVariables.leaverEmail(execution);
        Optional<MendixAccount> account = steps.call(caseId, "account.resolve", email,
                () -> platform.findAccount(email));
        execution.setVariable(Var.ACCOUNT_FOUND, account.isPresent());
        if (account.isPresent()) {
            execution.setVariable(Var.LEAVER_USER_ID, account.get().userId());
            cases.accountResolved(caseId, account.get().userId());
            steps.record(caseId, "account.found", account.get().userId(),
                    "User Identifiers API: " + email + " has account " + account.get().userId());
        }
        else {
            steps.record(caseId, "account.not-found", email,
                    "User Identifiers API: no account with this e-mail in the company; nothing to deactivate or "
                            + "hand over");
        }
    }

}
