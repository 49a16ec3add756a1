package io.roster.sandbox;

/** The personal access token scopes the platform APIs ask for ({@code reference/mendix-platform-apis.md} §1.2). */
final class Scopes {

    static final String USER_IDENTIFIERS = "mx:mxid3:user-identifiers:uuid:read";

    static final String USER_DEACTIVATION = "mx:user-deactivation:write";

    static final String APP_METADATA_READ = "mx:app:metadata:read";

    static final String APP_TEAM_WRITE = "mx:app:team:write";

    static final String APP_ROLES_READ = "mx:app:roles:read";

    static final String APP_DELETE = "mx:app:delete";

    static final String DEPLOYMENT_READ = "mx:deployment:read";

    static final String DEPLOYMENT_WRITE = "mx:deployment:write";

    static final String AUDIT_LOGGING_READ = "mx:audit-logging:read";

    private Scopes() {
    }

}
