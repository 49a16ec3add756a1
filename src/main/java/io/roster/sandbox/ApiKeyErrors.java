package io.roster.sandbox;

import java.util.List;
import java.util.Set;

/**
 * The older APIs that take API keys (Backups v2, legacy User Management): {@code {errorCode, errorMessage}} with an
 * error code per request. They differ only in their general codes for a bad parameter and a missing resource.
 */
final class ApiKeyErrors implements ErrorDialect {

    private static final String AUTHENTICATION_FAILED = "Authentication failed. The HTTP headers 'Mendix-Username' "
            + "and 'Mendix-ApiKey' should contain valid credentials to authenticate for this request.";

    record Body(String errorCode, String errorMessage) {
    }

    private final String invalidCode;

    private final String notFoundCode;

    ApiKeyErrors(String invalidCode, String notFoundCode) {
        this.invalidCode = invalidCode;
        this.notFoundCode = notFoundCode;
    }

    static ApiKeyErrors backups() {
        return new ApiKeyErrors("INVALID_PARAMETERS", "NOT_FOUND");
    }

    static ApiKeyErrors userManagement() {
        return new ApiKeyErrors("BAD_PARAMETER", "RESOURCE_NOT_FOUND");
    }

    private static PlatformResponse error(int status, String code, String message) {
        return PlatformResponse.json(status, new Body(code, message));
    }

    @Override
    public PlatformResponse missingCredentials() {
        return error(401, "UNAUTHORIZED", AUTHENTICATION_FAILED);
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return error(401, "UNAUTHORIZED", AUTHENTICATION_FAILED);
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return error(401, "UNAUTHORIZED", AUTHENTICATION_FAILED);
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return error(403, "FORBIDDEN", "The API key is not authorized to execute this request.");
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return error(403, "FORBIDDEN", "Authentication succeeded, but user is not authorized to execute this request.");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return error(403, code == null ? "FORBIDDEN" : code, message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, code == null ? invalidCode : code, message);
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, code == null ? notFoundCode : code, message);
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, "RESOURCE_ALREADY_EXISTS", message);
    }

    @Override
    public PlatformResponse failure(int status) {
        return error(status, "SERVICE_UNAVAILABLE", "Operation failed. Please try again later or contact Support if "
                + "the problem persists.");
    }

}
