package io.roster.mendix;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.roster.mendix.UserIdentifiersClient.Lookup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link MendixPlatform} on the real Mendix APIs (or the sandbox platform, which serves the same endpoints). Maps
 * each port call to its API and gives it the port's semantics: repeated changes have no second effect (look before
 * adding, treat "not found" as done where the goal is absence), and every pair of identifiers an answer carries goes
 * to the {@link IdentityObserver}s.
 */
@Component
class HttpMendixPlatform implements MendixPlatform {

    private final UserIdentifiersClient userIdentifiers;

    private final UserDeactivationClient userDeactivation;

    private final ProjectsClient projects;

    private final DeployClient deploy;

    private final BackupsClient backups;

    private final AuditLoggingClient auditLogging;

    private final UserManagementClient userManagement;

    private final ObjectProvider<IdentityObserver> observers;

    HttpMendixPlatform(MendixClientFactory clients, ObjectProvider<IdentityObserver> observers) {
        this.userIdentifiers = clients.userIdentifiers();
        this.userDeactivation = clients.userDeactivation();
        this.projects = clients.projects();
        this.deploy = clients.deploy();
        this.backups = clients.backups();
        this.auditLogging = clients.auditLogging();
        this.userManagement = clients.userManagement();
        this.observers = observers;
    }

    // --- accounts ---

    @Override
    public Optional<MendixAccount> findAccount(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        return lookUp(List.of(address)).found()
            .stream()
            .filter(account -> account.email().equals(address))
            .findFirst();
    }

    @Override
    public Map<String, String> findAccounts(Collection<String> emails) {
        return lookUp(emails).found()
            .stream()
            .collect(Collectors.toUnmodifiableMap(MendixAccount::email, MendixAccount::userId, (first, same) -> first));
    }

    private Lookup lookUp(Collection<String> emails) {
        Lookup lookup = userIdentifiers.lookUp(emails);
        lookup.found().forEach(account -> observed(account.email(), account.userId()));
        return lookup;
    }

    /**
     * {@code {"active":false}} sets a state; Roster relies on the API answering 204 for an account that is
     * deactivated already (the documentation names no other answer for it).
     */
    @Override
    public void deactivate(String userId) {
        userDeactivation.deactivate(userId);
    }

    // --- apps and teams ---

    @Override
    public List<AppMembership> appsOf(String userId) {
        return projects.userProjects(userId);
    }

    @Override
    public App app(String appId) {
        return projects.project(appId);
    }

    @Override
    public List<AppSummary> companyApps(String accountId) {
        return projects.accountProjects(accountId);
    }

    @Override
    public List<ProjectRole> companyRoles(String accountId) {
        return projects.accountRoles(accountId);
    }

    /** Looks at the team first: a second POST could send a second invitation or be refused. */
    @Override
    public TeamChange addTeamMember(String appId, String userId, String roleId) {
        if (projects.memberIds(appId).contains(userId)) {
            return TeamChange.ALREADY_MEMBER;
        }
        return projects.addMember(appId, userId, roleId);
    }

    @Override
    public void removeTeamMember(String appId, String userId) {
        try {
            projects.removeMember(appId, userId);
        }
        catch (MendixNotFoundException notAMember) {
            // not in the team (any more), or the app is gone: nothing left to remove
        }
    }

    @Override
    public void deleteApp(String appId) {
        try {
            projects.deleteProject(appId);
        }
        catch (MendixNotFoundException alreadyDeleted) {
            // deleted before, possibly by this very step on an earlier attempt
        }
    }

    // --- Mendix Cloud ---

    @Override
    public CloudApp cloudApp(String appId) {
        return deploy.app(appId);
    }

    @Override
    public void changeTechnicalContact(String appId, String successorEmail) {
        if (deploy.app(appId).technicalContactEmail().equalsIgnoreCase(successorEmail.trim())) {
            return;
        }
        deploy.changeTechnicalContact(appId, successorEmail.trim());
    }

    @Override
    public List<Environment> environments(String appId) {
        return deploy.environments(appId);
    }

    @Override
    public List<EnvironmentPermission> environmentPermissions(String appId, String environmentId) {
        return deploy.permissions(appId, environmentId);
    }

    @Override
    public void setEnvironmentPermissions(String appId, String environmentId, EnvironmentPermission permission) {
        EnvironmentPermission wanted = new EnvironmentPermission(
                permission.memberEmail().trim().toLowerCase(Locale.ROOT), permission.canDeployApp(),
                permission.canManageBackups(), permission.canViewAlerts(), permission.canAccessApi(),
                permission.canViewLogs(), permission.canManagePrivileges());
        List<EnvironmentPermission> current;
        try {
            current = deploy.permissionsOf(appId, environmentId, wanted.memberEmail());
        }
        catch (MendixNotFoundException noPermissionsYet) {
            current = List.of();
        }
        if (!current.contains(wanted)) {
            deploy.updatePermissions(appId, environmentId, wanted);
        }
    }

    // --- backups ---

    /** The newest snapshot with this label that has not failed, or a new one. */
    @Override
    public Snapshot createSnapshot(String appId, String environmentId, String label) {
        return backups.snapshots(appId, environmentId)
            .stream()
            .filter(snapshot -> label.equals(snapshot.label()) && snapshot.state() != Snapshot.State.FAILED)
            .max(Comparator.comparing(Snapshot::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
            .orElseGet(() -> backups.createSnapshot(appId, environmentId, label));
    }

    @Override
    public Snapshot snapshot(String appId, String environmentId, String snapshotId) {
        return backups.snapshot(appId, environmentId, snapshotId);
    }

    // --- audit trail ---

    @Override
    public List<AuditEvent> auditEvents(AuditQuery query) {
        List<AuditEvent> events = auditLogging.logs(query);
        events.stream()
            .filter(event -> event.userEmail() != null && event.userUuid() != null)
            .forEach(event -> observed(event.userEmail(), event.userUuid()));
        return events;
    }

    // --- legacy User Management API ---

    @Override
    public boolean legacyUserManagementAvailable() {
        return userManagement.enabled();
    }

    @Override
    public Optional<String> openIdOf(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        try {
            String openId = userManagement.openIdByEmail(address);
            observers.orderedStream().forEach(observer -> observer.observedOpenId(address, openId));
            return Optional.of(openId);
        }
        catch (MendixNotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void reactivate(String openId) {
        userManagement.reactivate(openId);
    }

    private void observed(String email, String userId) {
        observers.orderedStream().forEach(observer -> observer.observed(email, userId));
    }

}
