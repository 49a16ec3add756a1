package io.roster.mendix;

/**
 * One app a user is a team member of, with the role they hold there (Projects API {@code GET /users/{id}/projects}).
 *
 * @param targetCloud URL of the cloud portal the app is hosted on
 */
public record AppMembership(String appId, String name, boolean active, String accountId, String targetCloud,
        MemberRole role) {

    /**
     * @param administrator a project administrator (Scrum Master)
     * @param technicalContact the app's Technical Contact
     */
    public record MemberRole(String name, boolean administrator, boolean technicalContact, boolean cloudAccess) {
    }

}
