package io.roster.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Mendix platform APIs the sandbox imitates. Each lives under a prefix of its own, after which the paths are
 * exactly those of the real server; the keys are those of {@code roster.mendix.apis.<key>} and of the fault admin API.
 */
enum SandboxApi {

    USER_IDENTIFIERS("user-identifiers", Paths.USER_IDENTIFIERS, Credentials.PAT, new UserIdentifiersErrors()),
    USER_DEACTIVATION("user-deactivation", Paths.USER_DEACTIVATION, Credentials.PAT, new UserDeactivationErrors()),
    PROJECTS("projects", Paths.PROJECTS, Credentials.PAT, new ProjectsErrors()),
    DEPLOY("deploy", Paths.DEPLOY, Credentials.PAT, new DeployErrors()),
    BACKUPS("backups", Paths.BACKUPS, Credentials.API_KEY, ApiKeyErrors.backups()),
    AUDIT_LOGGING("audit-logging", Paths.AUDIT_LOGGING, Credentials.PAT, new AuditLoggingErrors()),
    USER_MANAGEMENT("user-management", Paths.USER_MANAGEMENT, Credentials.API_KEY, ApiKeyErrors.userManagement());

    /** The prefixes, as constants for the controllers' mappings. */
    static final class Paths {

        static final String USER_IDENTIFIERS = "/sandbox/user-identifiers/v1";

        static final String USER_DEACTIVATION = "/sandbox/users-status/v1";

        static final String PROJECTS = "/sandbox/projects/v2";

        static final String DEPLOY = "/sandbox/cloud/api/v4";

        static final String BACKUPS = "/sandbox/deploy/api/v2";

        static final String AUDIT_LOGGING = "/sandbox/audit/v1";

        static final String USER_MANAGEMENT = "/sandbox/usermanagement/legacy-api/1";

        static final String ADMIN = "/sandbox/admin";

        private Paths() {
        }

    }

    /** A personal access token ({@code Authorization: MxToken}) or an API key ({@code Mendix-Username/ApiKey}). */
    enum Credentials {

        PAT, API_KEY

    }

    private final String key;

    private final String prefix;

    private final Credentials credentials;

    private final ErrorDialect errors;

    SandboxApi(String key, String prefix, Credentials credentials, ErrorDialect errors) {
        this.key = key;
        this.prefix = prefix;
        this.credentials = credentials;
        this.errors = errors;
    }

    String key() {
        return key;
    }

    Credentials credentials() {
        return credentials;
    }

    ErrorDialect errors() {
        return errors;
    }

    /** The API a request path belongs to; empty for the admin API and anything else. */
    static Optional<SandboxApi> of(String path) {
        return Arrays.stream(values())
            .filter(api -> path.equals(api.prefix) || path.startsWith(api.prefix + "/"))
            .findFirst();
    }

    static Optional<SandboxApi> byKey(String key) {
        return Arrays.stream(values()).filter(api -> api.key.equals(key)).findFirst();
    }

}
