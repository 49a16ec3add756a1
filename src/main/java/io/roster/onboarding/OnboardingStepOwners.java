package io.roster.onboarding;

import java.util.List;

import io.roster.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who does an internal step ({@code ${onboardingStepOwners.…}} in the BPMN): the group the decision table names, but
 * a step for managers goes to the new hire's own manager when Roster knows them as a user.
 */
@Component
public class OnboardingStepOwners {

    private final OnboardingCases cases;

    private final IdentityService identityService;

    OnboardingStepOwners(OnboardingCases cases, IdentityService identityService) {
        this.cases = cases;
        this.identityService = identityService;
    }

    public List<String> users(String onboardingId, String step) {
        String manager = managerUser(onboardingId);
        return Roles.MANAGERS.equals(owner(onboardingId, step)) && manager != null ? List.of(manager) : List.of();
    }

    public List<String> groups(String onboardingId, String step) {
        String owner = owner(onboardingId, step);
        return Roles.MANAGERS.equals(owner) && managerUser(onboardingId) != null ? List.of() : List.of(owner);
    }

    private String owner(String onboardingId, String step) {
        return cases.plan(onboardingId)
            .stream()
            .filter(item -> item.kind() == PlanItem.Kind.STEP && item.step().equals(step))
            .map(PlanItem::ownerGroup)
            .filter(group -> group != null && !group.isBlank())
            .findFirst()
            .orElse(Roles.HR);
    }

    private String managerUser(String onboardingId) {
        String manager = cases.find(onboardingId).map(Onboarding::manager).orElse(null);
        if (manager == null) {
            return null;
        }
        if (!manager.contains("@")) {
            return manager;
        }
        var users = identityService.createUserQuery().userEmail(manager).list();
        return users.size() == 1 ? users.get(0).getId() : null;
    }

}
