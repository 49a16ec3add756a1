package io.roster.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.roster.identity.ControlCenterMember;
import io.roster.identity.IdentityLink;
import io.roster.identity.IdentityMap;
import io.roster.mendix.App;
import io.roster.mendix.AppSummary;
import io.roster.mendix.Environment;
import io.roster.mendix.EnvironmentPermission;
import io.roster.mendix.MendixNotFoundException;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixProperties;
import io.roster.mendix.ProjectRole;
import org.springframework.stereotype.Component;

/**
 * Builds the member inventory: every app of the company and its team (Projects API), the environments' permissions
 * of the Mendix Cloud apps (Deploy v4), then the latest Control Center export and the identity map for e-mail
 * addresses and the properties no API returns. Every platform call waits for its API's rate budget (the clients do).
 * <p>
 * At five requests a second, a company with a few hundred apps takes longer to crawl than the engine locks a job
 * for; past the lock, a second thread would start the same crawl and the first one's work would be thrown away. So
 * the apps are crawled in slices, one job each, staged in {@link CrawledApps}, and the inventory is built from them.
 */
@Component
class InventoryCrawl {

    private final MendixPlatform platform;

    private final MendixProperties mendix;

    private final ControlCenterExports exports;

    private final IdentityMap identities;

    private final CrawledApps crawled;

    private final Clock clock;

    InventoryCrawl(MendixPlatform platform, MendixProperties mendix, ControlCenterExports exports,
            IdentityMap identities, CrawledApps crawled, Clock clock) {
        this.platform = platform;
        this.mendix = mendix;
        this.exports = exports;
        this.identities = identities;
        this.crawled = crawled;
        this.clock = clock;
    }

    /**
     * Crawls the company's apps this review has not crawled yet, until all are or {@code until} has passed; answers
     * whether all are. The apps are staged in the caller's transaction (the job's): a job that dies staged nothing.
     */
    boolean crawlApps(String reviewId, Instant until) {
        Set<String> done = crawled.appIds(reviewId);
        List<AppSummary> apps = platform.companyApps(account());
        int thisSlice = 0;
        for (int position = 0; position < apps.size(); position++) {
            String appId = apps.get(position).appId();
            if (done.contains(appId)) {
                continue;
            }
            // at least one app a slice, so that every slice makes progress
            if (thisSlice > 0 && clock.instant().isAfter(until)) {
                return false;
            }
            thisSlice++;
            App app = platform.app(appId);
            crawled.save(reviewId, position, new CrawledApps.CrawledApp(app,
                    app.cloud() == App.Cloud.MENDIX && app.active() ? permissionsOf(app) : List.of()));
        }
        return true;
    }

    /** The inventory from the apps {@link #crawlApps} staged, the export and the identity map. */
    Inventory build(String reviewId) {
        Map<String, ProjectRole> roles = new HashMap<>();
        platform.companyRoles(account()).forEach(role -> roles.put(role.roleId(), role));
        Map<String, Draft> byUserId = new LinkedHashMap<>();
        List<Grant> grants = new ArrayList<>();
        for (CrawledApps.CrawledApp staged : crawled.all(reviewId)) {
            App app = staged.app();
            for (App.Member member : app.members()) {
                Draft draft = byUserId.computeIfAbsent(member.userId(), Draft::new);
                draft.name = member.fullName();
                draft.active = member.active();
                draft.external |= !Objects.equals(member.accountId(), app.accountId());
                boolean technicalContact = app.technicalContact() != null
                        && member.userId().equals(app.technicalContact().userId());
                draft.apps.add(new InventoryMember.MemberApp(app.appId(), app.name(), member.roleName(),
                        technicalContact));
                draft.roleIds.put(app.appId(), member.roleId());
            }
            staged.grants().forEach(grant -> grants.add(new Grant(app, grant.environment(), grant.permission())));
        }
        Map<String, Draft> byEmail = new HashMap<>();
        exports.forEachMember(row -> merge(row, byUserId, byEmail));
        for (Draft draft : byUserId.values()) {
            if (draft.email == null && draft.userId != null) {
                draft.email = identities.byUserId(draft.userId).map(IdentityLink::email).orElse(null);
            }
            if (draft.email != null) {
                byEmail.putIfAbsent(draft.email, draft);
            }
        }
        List<BackupAccess> backupAccess = new ArrayList<>();
        for (Grant grant : grants) {
            Draft draft = byEmail.get(grant.permission.memberEmail().toLowerCase(java.util.Locale.ROOT));
            ProjectRole role = draft == null ? null : roles.get(draft.roleIds.get(grant.app.appId()));
            ProjectRole.EnvironmentAccess allowed = role == null ? null : role.environmentPermissions()
                .stream()
                .filter(access -> access.environmentType()
                    .equals(grant.environment.production() ? "production" : "non_production"))
                .findFirst()
                .orElse(null);
            EnvironmentPermission permission = grant.permission;
            backupAccess.add(new BackupAccess(grant.app.appId(), grant.app.name(), grant.environment.environmentId(),
                    grant.environment.name(), grant.environment.production(), permission.memberEmail(),
                    permission.canManageBackups(), permission.canAccessApi(), role == null ? null : role.name(),
                    allowed == null ? null : allowed.backupAccess(), allowed == null ? null : allowed.apiRights()));
            if (draft != null && (permission.canManageBackups() || permission.canAccessApi())) {
                draft.backupAccess.add(grant.app.name() + " / " + grant.environment.name() + ": "
                        + (permission.canManageBackups() ? "backups" : "")
                        + (permission.canManageBackups() && permission.canAccessApi() ? ", " : "")
                        + (permission.canAccessApi() ? "API" : ""));
            }
        }
        List<InventoryMember> members = new ArrayList<>(byUserId.size() + byEmail.size());
        byUserId.values().forEach(draft -> members.add(draft.member()));
        byEmail.values().stream().filter(draft -> draft.userId == null).forEach(draft -> members.add(draft.member()));
        return new Inventory(clock.instant(), members, backupAccess);
    }

    /** Staged apps are no longer needed once the review's inventory is saved. */
    void forget(String reviewId) {
        crawled.forget(reviewId);
    }

    private String account() {
        String account = mendix.accountId();
        if (account == null) {
            throw new IllegalStateException("roster.mendix.account-id is not set; the company's apps cannot "
                    + "be listed");
        }
        return account;
    }

    private List<CrawledApps.Grant> permissionsOf(App app) {
        List<CrawledApps.Grant> grants = new ArrayList<>();
        try {
            for (Environment environment : platform.environments(app.appId())) {
                for (EnvironmentPermission permission : platform.environmentPermissions(app.appId(),
                        environment.environmentId())) {
                    grants.add(new CrawledApps.Grant(environment, permission));
                }
            }
        }
        catch (MendixNotFoundException notDeployed) {
            // an app without a Mendix Cloud node has no environments to report
        }
        return grants;
    }

    /** Joins an export row to the crawled member with its UUID, else with its e-mail in the identity map. */
    private void merge(ControlCenterMember row, Map<String, Draft> byUserId, Map<String, Draft> byEmail) {
        String userId = row.memberId() != null && byUserId.containsKey(row.memberId()) ? row.memberId()
                : identities.byEmail(row.email()).map(IdentityLink::mendixUserId).orElse(row.memberId());
        Draft draft = userId == null ? null : byUserId.get(userId);
        if (draft == null) {
            draft = new Draft(null);
            draft.userId = userId;
            draft.name = row.name();
            draft.active = row.status() == null ? null : !row.status().equalsIgnoreCase("Deactivated");
            draft.external = "External".equalsIgnoreCase(row.status()) || row.company() != null;
            if (userId == null) {
                byEmail.put(row.email(), draft);
            }
            else {
                byUserId.put(userId, draft);
            }
        }
        draft.email = row.email();
        draft.export = row;
        draft.external |= "External".equalsIgnoreCase(row.status());
        if (draft.name == null) {
            draft.name = row.name();
        }
    }

    private record Grant(App app, Environment environment, EnvironmentPermission permission) {
    }

    /** A member while the sources are merged. */
    private static final class Draft {

        String userId;

        String email;

        String name;

        Boolean active;

        boolean external;

        ControlCenterMember export;

        final List<InventoryMember.MemberApp> apps = new ArrayList<>();

        final Map<String, String> roleIds = new HashMap<>();

        final List<String> backupAccess = new ArrayList<>();

        Draft(String userId) {
            this.userId = userId;
        }

        InventoryMember member() {
            ControlCenterMember row = export;
            String status = row != null && row.status() != null ? row.status()
                    : active == null ? null : external ? "External" : active ? "Active" : "Deactivated";
            Integer numberOfApps = row != null && row.numberOfApps() != null ? row.numberOfApps()
                    : userId != null && !apps.isEmpty() ? apps.size() : null;
            return new InventoryMember(email, userId, name, status, active, row == null ? null : row.certification(),
                    numberOfApps, row == null ? null : row.signupDate(), row == null ? null : row.mendixAdmin(),
                    row == null ? null : row.jobTitle(), row == null ? null : row.country(),
                    row == null ? null : row.location(), row == null ? null : row.lastActivity(),
                    row == null ? null : row.company(), external, row != null, List.copyOf(apps),
                    List.copyOf(backupAccess));
        }

    }

}
