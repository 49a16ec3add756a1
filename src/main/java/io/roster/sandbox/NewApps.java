package io.roster.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Someone creates an app in the public Mendix cloud, as people do in the Portal (no API Roster uses can): the app
 * with its team, a Technical Contact on that team and one running environment. For tests that need apps made up on
 * the spot, e.g. a training app per leaver.
 */
@Component
@Profile("sandbox")
class NewApps {

    /**
     * @param license {@code FREE} or {@code LICENSED}
     * @param categories category name to value code, e.g. Purpose = TRN
     * @param technicalContact e-mail of a team member
     * @param team e-mail to role name, in the order they joined
     */
    record NewApp(String name, App.License license, Map<String, String> categories, String technicalContact,
            Map<String, String> team) {
    }

    private final PlatformStore store;

    NewApps(PlatformStore store) {
        this.store = store;
    }

    App create(NewApp spec) {
        if (spec.name() == null || spec.name().isBlank() || spec.license() == null || spec.team() == null
                || spec.technicalContact() == null) {
            throw PlatformError.invalid("A new app needs a name, a license, a team and a Technical Contact");
        }
        return store.write((state, audit) -> {
            Map<String, TeamMember> team = new LinkedHashMap<>();
            spec.team().forEach((email, roleName) -> {
                Member member = internalMember(state, email);
                Role role = state.roles()
                    .values()
                    .stream()
                    .filter(candidate -> candidate.name().equals(roleName))
                    .findFirst()
                    .orElseThrow(() -> PlatformError.invalid("No project role " + roleName));
                team.put(member.userId(), new TeamMember(member.userId(), role.roleId(), false, false));
            });
            if (team.values().stream().noneMatch(member -> state.role(member.roleId()).orElseThrow().administrator())) {
                throw PlatformError.invalid("A new app needs a Scrum Master");
            }
            Member technicalContact = internalMember(state, spec.technicalContact());
            if (!team.containsKey(technicalContact.userId())) {
                throw PlatformError.invalid("The Technical Contact must be on the team");
            }
            String appId = UUID.randomUUID().toString();
            String subdomain = spec.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                    + appId.substring(0, 6);
            Instant now = Instant.now();
            App app = new App(appId, spec.name().trim(), null, App.Cloud.MENDIX, spec.license(), subdomain,
                    "prod1-eu-west-1", now, technicalContact.userId(), "10.21.1.71003", true,
                    technicalContact.userId(), categories(state, spec), false);
            state.apps().put(appId, app);
            state.team(appId).putAll(team);
            Environment environment = new Environment(UUID.randomUUID().toString(), appId,
                    app.licensed() ? "Acceptance" : "Free App", false, "running",
                    "https://" + subdomain + "-sandbox.mxapps.io", app.licensed() ? "S21" : "FREE", "14", "1.0.0.1",
                    app.studioProVersion(), now);
            state.environments().put(environment.environmentId(), environment);
            team.values()
                .forEach(member -> state.permissionsOf(environment.environmentId())
                    .put(member.userId(), member.userId().equals(app.technicalContact())
                            ? EnvironmentPermission.all(member.userId())
                            : state.role(member.roleId()).orElseThrow().defaultPermission(member.userId(), false)));
            return app;
        });
    }

    private static Member internalMember(PlatformState state, String email) {
        return state.memberByEmail(email)
            .filter(member -> !state.external(member))
            .orElseThrow(() -> PlatformError.invalid("No member of the company with the address " + email));
    }

    /** Category names and value codes to the ids the app keeps. */
    private static Map<String, String> categories(PlatformState state, NewApp spec) {
        Map<String, String> categories = new LinkedHashMap<>();
        if (spec.categories() == null) {
            return categories;
        }
        spec.categories().forEach((name, code) -> {
            Category category = state.categories()
                .stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> PlatformError.invalid("No category " + name));
            category.value(code).orElseThrow(() -> PlatformError.invalid("No value " + code + " in " + name));
            categories.put(category.categoryId(), code);
        });
        return categories;
    }

}
