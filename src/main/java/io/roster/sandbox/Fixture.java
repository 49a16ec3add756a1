package io.roster.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;

/**
 * The company the sandbox starts with, read from a JSON file written for people: members and roles are referred to
 * by e-mail and name, a member's company follows from the e-mail domain, and Deploy v4 permissions follow from the
 * team roles (the file lists only the exceptions). {@link #load} checks every reference and the platform's own
 * invariants, so a broken fixture fails at start-up and not in a test.
 */
final class Fixture {

    record File(Account company, List<Account> partners, List<Category> categories, List<Role> roles,
            List<MemberSpec> members, List<CredentialSpec> credentials, List<AppSpec> apps) {
    }

    record MemberSpec(String userId, String openIdKey, String email, String name, boolean active,
            boolean mendixAdmin, String jobTitle, String certification, LocalDate signupDate, String country,
            String location, Instant lastActivity) {
    }

    record CredentialSpec(String member, String pat, Set<String> scopes, String apiKey) {
    }

    /**
     * @param team e-mail to role name, in the order they joined
     * @param invitations e-mail to role name of people of other companies who have not accepted yet
     * @param categories category name to value code
     */
    record AppSpec(String appId, String name, String description, App.Cloud cloud, App.License license,
            String subdomain, String region, Instant createdOn, String createdBy, String studioProVersion,
            boolean active, String technicalContact, Map<String, String> categories, Map<String, String> team,
            Map<String, String> invitations, List<EnvironmentSpec> environments,
            List<PermissionSpec> permissions) {

        AppSpec {
            categories = categories == null ? Map.of() : categories;
            invitations = invitations == null ? Map.of() : invitations;
            environments = environments == null ? List.of() : environments;
            permissions = permissions == null ? List.of() : permissions;
        }

    }

    record EnvironmentSpec(String environmentId, String name, boolean production, String state, String url,
            String planName, String dbVersion, String modelVersion, String runtimeVersion, Instant deployedOn) {
    }

    /** Deviations from the role defaults: the given flags replace the derived ones. */
    record PermissionSpec(String environment, String member, Boolean canDeployApp, Boolean canManageBackups,
            Boolean canViewAlerts, Boolean canAccessAPI, Boolean canViewLogs, Boolean canManagePrivileges) {
    }

    private Fixture() {
    }

    static PlatformState load(Resource resource, ObjectMapper json) {
        try (InputStream input = resource.getInputStream()) {
            return new Builder(json.readValue(input, File.class)).build();
        }
        catch (IOException exception) {
            throw new UncheckedIOException("cannot read the sandbox fixture " + resource, exception);
        }
    }

    private static final class Builder {

        private final File file;

        private final Map<String, Account> accounts = new LinkedHashMap<>();

        private final Map<String, Member> members = new LinkedHashMap<>();

        private final Map<String, Member> membersByEmail = new HashMap<>();

        private final Map<String, Role> roles = new LinkedHashMap<>();

        private final Map<String, Role> rolesByName = new HashMap<>();

        private final PlatformState state;

        Builder(File file) {
            this.file = file;
            this.state = new PlatformState(PlatformState.FORMAT_VERSION, file.company().accountId(), accounts,
                    members, new ArrayList<>(), roles, new ArrayList<>(file.categories()), new LinkedHashMap<>(),
                    new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>());
        }

        PlatformState build() {
            accounts.put(file.company().accountId(), file.company());
            file.partners().forEach(partner -> accounts.put(partner.accountId(), partner));
            file.roles().forEach(role -> {
                roles.put(role.roleId(), role);
                rolesByName.put(role.name(), role);
            });
            file.members().forEach(this::addMember);
            file.credentials()
                .forEach(credential -> state.credentials()
                    .add(new Credential(member(credential.member(), "credential").userId(), credential.pat(),
                            new LinkedHashSet<>(credential.scopes()), credential.apiKey())));
            file.apps().forEach(this::addApp);
            return state;
        }

        private void addMember(MemberSpec spec) {
            String domain = spec.email().substring(spec.email().indexOf('@') + 1);
            Account account = accounts.values()
                .stream()
                .filter(candidate -> candidate.emailDomain().equalsIgnoreCase(domain))
                .findFirst()
                .orElseThrow(() -> invalid("no company owns the domain of " + spec.email()));
            Member member = new Member(spec.userId(), Member.OPENID_PREFIX + spec.openIdKey(), spec.email(),
                    spec.name(), account.accountId(), spec.active(), spec.mendixAdmin(), spec.jobTitle(),
                    spec.certification(), spec.signupDate(), spec.country(), spec.location(), spec.lastActivity());
            if (members.put(member.userId(), member) != null
                    || membersByEmail.put(member.email().toLowerCase(), member) != null) {
                throw invalid("member " + spec.email() + " appears twice");
            }
        }

        private void addApp(AppSpec spec) {
            Map<String, String> categories = new LinkedHashMap<>();
            Map<String, Category> categoriesByName = new HashMap<>();
            file.categories().forEach(category -> categoriesByName.put(category.name(), category));
            spec.categories().forEach((name, code) -> {
                Category category = Optional.ofNullable(categoriesByName.get(name))
                    .orElseThrow(() -> invalid(spec.name() + ": no category " + name));
                category.value(code).orElseThrow(() -> invalid(spec.name() + ": no value " + code + " in " + name));
                categories.put(category.categoryId(), code);
            });
            String technicalContact = spec.technicalContact() == null ? null
                    : member(spec.technicalContact(), spec.name()).userId();
            App app = new App(spec.appId(), spec.name(), spec.description(), spec.cloud(), spec.license(),
                    spec.subdomain(), spec.region(), spec.createdOn(), member(spec.createdBy(), spec.name()).userId(),
                    spec.studioProVersion(), spec.active(), technicalContact, categories, false);
            state.apps().put(app.appId(), app);

            Map<String, TeamMember> team = state.team(app.appId());
            spec.team()
                .forEach((email, roleName) -> team.put(member(email, spec.name()).userId(),
                        new TeamMember(member(email, spec.name()).userId(), role(roleName, spec.name()).roleId(),
                                false, false)));
            spec.invitations()
                .forEach((email, roleName) -> addInvitation(spec, app, member(email, spec.name()),
                        role(roleName, spec.name())));
            spec.environments().forEach(environment -> addEnvironment(app, environment, team));
            spec.permissions().forEach(permission -> override(spec, permission));
            checkInvariants(spec, app, team);
        }

        private void addInvitation(AppSpec spec, App app, Member invitee, Role role) {
            if (!state.external(invitee)) {
                throw invalid(spec.name() + ": only people of other companies are invited, not " + invitee.email());
            }
            String invitedBy = state.team(app.appId())
                .values()
                .stream()
                .filter(member -> roles.get(member.roleId()).administrator())
                .findFirst()
                .map(TeamMember::userId)
                .orElseThrow(() -> invalid(spec.name() + ": nobody could have invited " + invitee.email()));
            state.invitationsOf(app.appId())
                .put(invitee.userId(), new Invitation(invitee.userId(), role.roleId(), app.createdOn(), invitedBy));
        }

        private void addEnvironment(App app, EnvironmentSpec spec, Map<String, TeamMember> team) {
            Environment environment = new Environment(spec.environmentId(), app.appId(), spec.name(),
                    spec.production(), spec.state(), spec.url(), spec.planName(), spec.dbVersion(),
                    spec.modelVersion(), spec.runtimeVersion(), spec.deployedOn());
            state.environments().put(environment.environmentId(), environment);
            Map<String, EnvironmentPermission> permissions = state.permissionsOf(environment.environmentId());
            team.values().forEach(member -> permissions.put(member.userId(),
                    member.userId().equals(app.technicalContact()) ? EnvironmentPermission.all(member.userId())
                            : roles.get(member.roleId()).defaultPermission(member.userId(), environment.production())));
        }

        private void override(AppSpec app, PermissionSpec spec) {
            Environment environment = state.environments()
                .values()
                .stream()
                .filter(candidate -> candidate.appId().equals(app.appId())
                        && candidate.name().equals(spec.environment()))
                .findFirst()
                .orElseThrow(() -> invalid(app.name() + ": no environment " + spec.environment()));
            String userId = member(spec.member(), app.name()).userId();
            EnvironmentPermission derived = state.permissionsOf(environment.environmentId()).get(userId);
            if (derived == null) {
                throw invalid(app.name() + ": " + spec.member() + " has no permissions to override");
            }
            state.permissionsOf(environment.environmentId())
                .put(userId, new EnvironmentPermission(userId, or(spec.canDeployApp(), derived.canDeployApp()),
                        or(spec.canManageBackups(), derived.canManageBackups()),
                        or(spec.canViewAlerts(), derived.canViewAlerts()),
                        or(spec.canAccessAPI(), derived.canAccessApi()), or(spec.canViewLogs(), derived.canViewLogs()),
                        or(spec.canManagePrivileges(), derived.canManagePrivileges())));
        }

        private void checkInvariants(AppSpec spec, App app, Map<String, TeamMember> team) {
            if (team.isEmpty()) {
                throw invalid(spec.name() + " has no team");
            }
            if (team.values().stream().noneMatch(member -> roles.get(member.roleId()).administrator())) {
                throw invalid(spec.name() + " has no Scrum Master");
            }
            if (app.inMendixCloud()) {
                if (app.technicalContact() == null || !team.containsKey(app.technicalContact())) {
                    throw invalid(spec.name() + ": a Mendix Cloud app needs a Technical Contact on its team");
                }
                if (spec.environments().isEmpty()) {
                    throw invalid(spec.name() + ": a Mendix Cloud app needs environments");
                }
            }
            else if (app.technicalContact() != null || !spec.environments().isEmpty()) {
                throw invalid(spec.name() + ": Private Cloud apps have no Technical Contact or Mendix Cloud "
                        + "environments");
            }
        }

        private Member member(String email, String where) {
            return Optional.ofNullable(membersByEmail.get(email.toLowerCase()))
                .orElseThrow(() -> invalid(where + ": no member " + email));
        }

        private Role role(String name, String where) {
            return Optional.ofNullable(rolesByName.get(name)).orElseThrow(() -> invalid(where + ": no role " + name));
        }

        private static boolean or(Boolean override, boolean derived) {
            return override == null ? derived : override;
        }

        private static IllegalStateException invalid(String problem) {
            return new IllegalStateException("Sandbox fixture: " + problem);
        }

    }

}
