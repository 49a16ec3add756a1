package io.roster.mendix;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mendix platform in the words of Roster's processes. Delegates and services depend on this port only; the
 * HTTP clients behind it speak the real Mendix APIs (or the sandbox platform, which imitates them).
 * <p>
 * Identifiers: a member is a platform user UUID ({@code userId}) in most APIs but an e-mail address in Deploy v4 and
 * an OpenID URL in the legacy API; an app is a project UUID ({@code appId}) everywhere.
 * <p>
 * Failures are {@link MendixException}s: {@link MendixRefusedException} when the platform refuses for a business
 * reason (a process routes that to a person), {@link MendixNotFoundException}, and technical ones
 * ({@link MendixUnavailableException}, {@link MendixRateLimitedException}, {@link MendixConfigurationException},
 * {@link MendixBadResponseException}) that the engine retries and finally shows as an incident.
 * <p>
 * Every method that changes something is safe to call twice with the same arguments: a repeated call has no second
 * effect (jobs run at least once).
 */
public interface MendixPlatform {

    // --- accounts (User Identifiers, User Deactivation) ---

    /**
     * The account of this e-mail address in our company, or empty when there is none (external users and unknown
     * addresses are not found by the User Identifiers API).
     */
    Optional<MendixAccount> findAccount(String email);

    /** {@link #findAccount} for many addresses at once: the ones with an account, e-mail (lower case) to UUID. */
    Map<String, String> findAccounts(Collection<String> emails);

    /**
     * Deactivates the account: the person can no longer log in to the platform or use a PAT. Deactivating an
     * already deactivated account succeeds.
     */
    void deactivate(String userId);

    // --- apps and teams (Projects API v2) ---

    /** Every app of our company the user is a member of, with their role, all pages followed. */
    List<AppMembership> appsOf(String userId);

    /** The details of an app: cloud, account, Technical Contact, members with their roles, categories. */
    App app(String appId);

    /** Every app of the company account, active or not, all pages followed. */
    List<AppSummary> companyApps(String accountId);

    /** The project roles of the company account, with what each allows (administrator, backup access ...). */
    List<ProjectRole> companyRoles(String accountId);

    /**
     * Adds the user to the app's team with the role. {@link TeamChange#INVITED} when the platform sent an invitation
     * the user must accept (202); {@link TeamChange#ALREADY_MEMBER} when nothing had to be done.
     */
    TeamChange addTeamMember(String appId, String userId, String roleId);

    /**
     * Removes the user from the app's team; succeeds when they are not a member (any more).
     *
     * @throws MendixRefusedException when the platform refuses: last Scrum Master, last member, Technical Contact of a
     * licensed app
     */
    void removeTeamMember(String appId, String userId);

    /**
     * Deletes the app with its repository and cloud resources; succeeds when it is already gone.
     *
     * @throws MendixRefusedException when the platform refuses: licensed node, not in the public Mendix cloud
     */
    void deleteApp(String appId);

    // --- Mendix Cloud (Deploy API v4): Technical Contact, environments, permissions ---

    /** The app as Mendix Cloud sees it: license type and Technical Contact (by e-mail). Only Mendix Cloud apps. */
    CloudApp cloudApp(String appId);

    /**
     * Makes the member with this e-mail the app's Technical Contact. They must be a team member already.
     *
     * @throws MendixRefusedException when the platform refuses (not a team member, not privileged)
     */
    void changeTechnicalContact(String appId, String successorEmail);

    /** The environments of a Mendix Cloud app, all pages followed. */
    List<Environment> environments(String appId);

    /** Who may do what in one environment (deploy, manage backups, API access ...), all pages followed. */
    List<EnvironmentPermission> environmentPermissions(String appId, String environmentId);

    /** Sets the permissions of one member (by e-mail) in one environment; setting the same values again is a no-op. */
    void setEnvironmentPermissions(String appId, String environmentId, EnvironmentPermission permission);

    // --- backups (Backups API v2, API key) ---

    /**
     * Starts a snapshot of the environment, or answers the one already started with the same {@code label} (so a
     * repeated call does not take a second backup). A failed snapshot with the label is not reused.
     */
    Snapshot createSnapshot(String appId, String environmentId, String label);

    /** The current state of a snapshot. */
    Snapshot snapshot(String appId, String environmentId, String snapshotId);

    // --- audit trail (Audit Logging API) ---

    /** Platform audit events matching the query, all pages followed up to {@link AuditQuery#maxEvents()}. */
    List<AuditEvent> auditEvents(AuditQuery query);

    // --- legacy User Management API (deprecated, API key; may be switched off) ---

    /** Whether the legacy API is configured; when not, OpenID look-ups and reactivation need a person. */
    boolean legacyUserManagementAvailable();

    /** The OpenID of the member with this e-mail, or empty when the legacy API does not know them. */
    Optional<String> openIdOf(String email);

    /** Reactivates a deactivated account (the only API that can); reactivating an active account succeeds. */
    void reactivate(String openId);

}
