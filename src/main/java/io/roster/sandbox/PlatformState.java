package io.roster.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the sandbox platform knows except its audit log: one company with its members, roles, categories and
 * apps, the people of other companies who work on those apps, and the credentials of a few members.
 * <p>
 * The collections are mutable and guarded by {@link PlatformStore}'s lock; nothing from here leaves the lock except
 * immutable records. This record is also the document the store writes to {@code state.json}.
 *
 * @param teams app id to user id to team member (in the order they joined)
 * @param invitations app id to user id to pending invitation
 * @param permissions environment id to user id to Deploy v4 permission
 */
record PlatformState(int formatVersion, String companyAccountId, Map<String, Account> accounts,
        Map<String, Member> members, List<Credential> credentials, Map<String, Role> roles,
        List<Category> categories, Map<String, App> apps, Map<String, Map<String, TeamMember>> teams,
        Map<String, Map<String, Invitation>> invitations, Map<String, Environment> environments,
        Map<String, Map<String, EnvironmentPermission>> permissions, Map<String, Snapshot> snapshots) {

    /** Raised when the document's shape changes, so an old state directory is refused instead of misread. */
    static final int FORMAT_VERSION = 1;

    Account company() {
        return accounts.get(companyAccountId);
    }

    Account accountOf(Member member) {
        return accounts.get(member.accountId());
    }

    boolean external(Member member) {
        return !member.accountId().equals(companyAccountId);
    }

    Optional<Member> member(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    Optional<Member> memberByEmail(String email) {
        return members.values().stream().filter(member -> member.hasEmail(email)).findFirst();
    }

    Optional<Member> memberByOpenId(String openId) {
        return members.values().stream().filter(member -> member.openId().equals(openId)).findFirst();
    }

    Optional<App> app(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    Optional<Role> role(String roleId) {
        return Optional.ofNullable(roles.get(roleId));
    }

    Map<String, TeamMember> team(String appId) {
        return teams.computeIfAbsent(appId, id -> new LinkedHashMap<>());
    }

    Map<String, Invitation> invitationsOf(String appId) {
        return invitations.computeIfAbsent(appId, id -> new LinkedHashMap<>());
    }

    List<Environment> environmentsOf(String appId) {
        return environments.values().stream().filter(environment -> environment.appId().equals(appId)).toList();
    }

    Map<String, EnvironmentPermission> permissionsOf(String environmentId) {
        return permissions.computeIfAbsent(environmentId, id -> new LinkedHashMap<>());
    }

    Map<String, Category> categoriesById() {
        return categories.stream().collect(Collectors.toMap(Category::categoryId, Function.identity()));
    }

    /** The apps the member is on the team of, by app id. */
    Map<String, TeamMember> membershipsOf(String userId) {
        Map<String, TeamMember> memberships = new LinkedHashMap<>();
        teams.forEach((appId, team) -> {
            if (team.containsKey(userId) && apps.containsKey(appId)) {
                memberships.put(appId, team.get(userId));
            }
        });
        return memberships;
    }

    Optional<Credential> credentialOf(String userId) {
        return credentials.stream().filter(credential -> credential.userId().equals(userId)).findFirst();
    }

}
