package io.roster.onboarding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import io.roster.mendix.ProjectRole;
import io.roster.mendix.TeamChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AddToTeams}: the new hire joins each planned app team with the planned role (by name, among the
 * company's project roles). 201 and 202 (invitation the new hire must accept) are both fine; a refusal marks only
 * that team, with the platform's reason, for a person. A member already in the team keeps their place and is not
 * removed if the onboarding is cancelled.
 */
@Component
class AddToTeamsDelegate implements JavaDelegate {

    static final String ADDED = "ADDED";

    static final String INVITED = "INVITED";

    static final String ALREADY_MEMBER = "ALREADY_MEMBER";

    static final String REFUSED = "REFUSED";

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    private final String accountId;

    AddToTeamsDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps,
            @Value("${roster.mendix.account-id:}") String accountId) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
        this.accountId = accountId;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String userId = Vars.userId(execution);
        Map<String, String> roles = null;
        for (PlanItem item : cases.plan(caseId)) {
            if (item.kind() != PlanItem.Kind.TEAM || !open(item)) {
                continue;
            }
            if (roles == null) {
                roles = roleIds(caseId);
            }
            String roleId = roles.get(item.roleName().toLowerCase(Locale.ROOT));
            if (roleId == null) {
                refused(caseId, item, "The company has no project role named " + item.roleName() + ".");
                continue;
            }
            steps.beforeGrant(caseId, item);
            try {
                TeamChange change = steps.call(caseId, "team.member-add", item.appId(),
                        () -> platform.addTeamMember(item.appId(), userId, roleId));
                // an "already a member" after our own interrupted attempt is still our grant
                String status = change == TeamChange.ALREADY_MEMBER
                        && OnboardingSteps.GRANTING.equals(item.status()) ? ADDED : change.name();
                cases.itemStatus(caseId, item.seq(), status, change == TeamChange.INVITED
                        ? "invitation sent; the new hire must accept it in the Mendix Portal" : null);
                steps.record(caseId, "team.member-added", status, item.appId(), item.describe());
            }
            catch (MendixRefusedException refusal) {
                refused(caseId, item, refusal.reason());
            }
        }
    }

    private static boolean open(PlanItem item) {
        return PlanItem.PLANNED.equals(item.status()) || OnboardingSteps.GRANTING.equals(item.status());
    }

    private void refused(String caseId, PlanItem item, String reason) {
        cases.itemStatus(caseId, item.seq(), REFUSED, reason);
        steps.record(caseId, "team.member-add", REFUSED, item.appId(), item.describe() + ": " + reason);
    }

    private Map<String, String> roleIds(String caseId) {
        Map<String, String> byName = new HashMap<>();
        for (ProjectRole role : steps.call(caseId, "team.roles", accountId, () -> platform.companyRoles(accountId))) {
            byName.put(role.name().toLowerCase(Locale.ROOT), role.roleId());
        }
        return byName;
    }

}
