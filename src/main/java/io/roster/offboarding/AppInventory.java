package io.roster.offboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.roster.mendix.App;
import io.roster.mendix.AppMembership;
import io.roster.mendix.MendixNotFoundException;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.ProjectRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the leaver's apps and the facts the disposition table needs: Technical Contact, Scrum Master (and whether
 * the only one), other active members, cloud, license type, training tag. Read-only calls only.
 */
@Component
class AppInventory {

    private static final String SCRUM_MASTER = "Scrum Master";

    private final MendixPlatform platform;

    private final OffboardingSettings settings;

    private final String accountId;

    AppInventory(MendixPlatform platform, OffboardingSettings settings,
            @Value("${roster.mendix.account-id:}") String accountId) {
        this.platform = platform;
        this.settings = settings;
        this.accountId = accountId;
    }

    /**
     * The leaver's apps, and their active team mates from the company (who could take over).
     */
    record Inventory(List<AppFacts> apps, Map<String, String> teamMates) {
    }

    Inventory of(String userId) {
        List<AppMembership> memberships = platform.appsOf(userId);
        if (memberships.isEmpty()) {
            return new Inventory(List.of(), Map.of());
        }
        Set<String> administratorRoles = administratorRoles();
        List<AppFacts> facts = new ArrayList<>();
        Map<String, String> teamMates = new TreeMap<>();
        for (AppMembership membership : memberships) {
            App app = platform.app(membership.appId());
            facts.add(factsOf(userId, membership, app, administratorRoles));
            app.members()
                .stream()
                .filter(member -> member.active() && !member.userId().equals(userId)
                        && java.util.Objects.equals(member.accountId(), app.accountId()))
                .forEach(member -> teamMates.put(member.userId(), member.fullName()));
        }
        return new Inventory(facts, teamMates);
    }

    private AppFacts factsOf(String userId, AppMembership membership, App app, Set<String> administratorRoles) {
        String leaverRoleId = null;
        int otherActive = 0;
        int otherScrumMasters = 0;
        for (App.Member member : app.members()) {
            if (member.userId().equals(userId)) {
                leaverRoleId = member.roleId();
            }
            else if (member.active()) {
                otherActive++;
                if (administratorRoles.contains(member.roleId()) || SCRUM_MASTER.equalsIgnoreCase(member.roleName())) {
                    otherScrumMasters++;
                }
            }
        }
        boolean scrumMaster = membership.role().administrator();
        boolean technicalContact = membership.role().technicalContact()
                || (app.technicalContact() != null && userId.equals(app.technicalContact().userId()));
        return new AppFacts(app.appId(), app.name(), app.cloud(), licenseType(app), technicalContact, scrumMaster,
                scrumMaster && otherActive > 0 && otherScrumMasters == 0, otherActive, training(app), leaverRoleId);
    }

    /** Only Mendix Cloud knows license types; for other clouds, and apps it does not know, there is none. */
    private String licenseType(App app) {
        if (app.cloud() != App.Cloud.MENDIX) {
            return null;
        }
        try {
            return platform.cloudApp(app.appId()).licenseType().name();
        }
        catch (MendixNotFoundException notInMendixCloud) {
            return null;
        }
    }

    private boolean training(App app) {
        return app.categories()
            .stream()
            .filter(category -> category.name().equalsIgnoreCase(settings.trainingCategory()))
            .flatMap(category -> category.values().stream())
            .anyMatch(value -> value.equalsIgnoreCase(settings.trainingValue()));
    }

    private Set<String> administratorRoles() {
        if (accountId == null || accountId.isBlank()) {
            return Set.of();
        }
        Set<String> administrators = new HashSet<>();
        for (ProjectRole role : platform.companyRoles(accountId)) {
            if (role.administrator()) {
                administrators.add(role.roleId());
            }
        }
        return administrators;
    }

}
