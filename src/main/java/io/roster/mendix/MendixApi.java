package io.roster.mendix;

/**
 * The separate Mendix platform APIs Roster talks to. Each has its own base URL, authentication, error shape and rate
 * budget ({@code roster.mendix.apis.<key>.*}).
 */
public enum MendixApi {

    USER_IDENTIFIERS("user-identifiers", "User Identifiers API"),
    USER_DEACTIVATION("user-deactivation", "User Deactivation API"),
    PROJECTS("projects", "Projects API v2"),
    DEPLOY("deploy", "Deploy API v4"),
    BACKUPS("backups", "Backups API v2"),
    AUDIT_LOGGING("audit-logging", "Audit Logging API"),
    USER_MANAGEMENT("user-management", "legacy User Management API");

    private final String key;

    private final String displayName;

    MendixApi(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The configuration key, e.g. {@code roster.mendix.apis.projects.base-url}. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

}
