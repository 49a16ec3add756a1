package io.roster.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.roster.mendix.Environment;
import io.roster.mendix.EnvironmentPermission;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SetPermissions}: the planned permissions in each environment (Deploy API v4, by e-mail). Skipped for
 * an app whose team the new hire has not joined (invitation pending, refused): Mendix Cloud only knows team members.
 */
@Component
class SetPermissionsDelegate implements JavaDelegate {

    static final String SET = "SET";

    static final String SKIPPED = "SKIPPED";

    private final MendixPlatform platform;

    private final OnboardingCases cases;

    private final OnboardingSteps steps;

    SetPermissionsDelegate(MendixPlatform platform, OnboardingCases cases, OnboardingSteps steps) {
        this.platform = platform;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.onboardingId(execution);
        String email = Vars.email(execution);
        List<PlanItem> plan = cases.plan(caseId);
        for (PlanItem item : plan) {
            if (item.kind() != PlanItem.Kind.ENVIRONMENT || !(PlanItem.PLANNED.equals(item.status())
                    || OnboardingSteps.GRANTING.equals(item.status()))) {
                continue;
            }
            Optional<PlanItem> team = plan.stream()
                .filter(other -> other.kind() == PlanItem.Kind.TEAM && other.appId().equals(item.appId()))
                .filter(other -> !AddToTeamsDelegate.ADDED.equals(other.status())
                        && !AddToTeamsDelegate.ALREADY_MEMBER.equals(other.status()))
                .findFirst();
            if (team.isPresent()) {
                String why = "not set: the team of the app is " + team.get().status();
                cases.itemStatus(caseId, item.seq(), SKIPPED, why);
                steps.record(caseId, "environment.permissions-set", SKIPPED, item.appId(), item.describe() + ": " + why);
                continue;
            }
            Optional<Environment> environment = steps.call(caseId, "environment.list", item.appId(),
                    () -> platform.environments(item.appId()))
                .stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(item.environment()))
                .findFirst();
            if (environment.isEmpty()) {
                refused(caseId, item, "The app has no environment named " + item.environment() + ".");
                continue;
            }
            if (PlanItem.PLANNED.equals(item.status())) {
                // read once, before Roster's first attempt: a retry would read Roster's own grant
                String before = steps.call(caseId, "environment.permissions-read", item.appId(),
                        () -> platform.environmentPermissions(item.appId(), environment.get().environmentId()))
                    .stream()
                    .filter(permission -> permission.memberEmail().equalsIgnoreCase(email))
                    .map(SetPermissionsDelegate::names)
                    .findFirst()
                    .orElse("");
                steps.beforeGrant(caseId, item, () -> cases.recordPreviousPermissions(caseId, item.seq(), before));
            }
            try {
                steps.run(caseId, "environment.permissions-set", item.appId(), () -> platform
                    .setEnvironmentPermissions(item.appId(), environment.get().environmentId(),
                            permission(email, item.permissions())));
                cases.itemStatus(caseId, item.seq(), SET, null);
                steps.record(caseId, "environment.permissions-set", "DONE", item.appId(), item.describe());
            }
            catch (MendixRefusedException refusal) {
                refused(caseId, item, refusal.reason());
            }
        }
    }

    private void refused(String caseId, PlanItem item, String reason) {
        cases.itemStatus(caseId, item.seq(), AddToTeamsDelegate.REFUSED, reason);
        steps.record(caseId, "environment.permissions-set", AddToTeamsDelegate.REFUSED, item.appId(),
                item.describe() + ": " + reason);
    }

    /** A member's permissions as the decision table lists them ("" for none). */
    static String names(EnvironmentPermission permission) {
        List<String> names = new java.util.ArrayList<>();
        if (permission.canDeployApp()) {
            names.add("deploy");
        }
        if (permission.canManageBackups()) {
            names.add("backups");
        }
        if (permission.canViewAlerts()) {
            names.add("alerts");
        }
        if (permission.canAccessApi()) {
            names.add("api");
        }
        if (permission.canViewLogs()) {
            names.add("logs");
        }
        if (permission.canManagePrivileges()) {
            names.add("privileges");
        }
        return String.join(",", names);
    }

    /** Permissions as the decision table lists them: deploy, backups, alerts, api, logs, privileges. */
    static EnvironmentPermission permission(String email, String permissions) {
        Set<String> granted = permissions == null ? Set.of()
                : Arrays.stream(permissions.split(","))
                    .map(value -> value.trim().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        return new EnvironmentPermission(email, granted.contains("deploy"), granted.contains("backups"),
                granted.contains("alerts"), granted.contains("api"), granted.contains("logs"),
                granted.contains("privileges"));
    }

}
