package io.roster.sandbox;

import java.util.List;
import java.util.Set;

/**
 * User Identifiers API: {@code {statusCode, errorCode, errorText, displayText}}; the PAT gateway answers with plain
 * strings; a caller without the Mendix Admin role gets 401, not 403.
 */
final class UserIdentifiersErrors implements ErrorDialect {

    private static final String DISPLAY_TEXT = "Something went wrong. If the problem persists, please let us know!";

    record Body(int statusCode, String errorCode, String errorText, String displayText) {
    }

    private static PlatformResponse error(int status, String code, String text) {
        return PlatformResponse.json(status, new Body(status, code, text, DISPLAY_TEXT));
    }

    @Override
    public PlatformResponse missingCredentials() {
        return PlatformResponse.text(401, "Invalid or missing authorization header");
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return PlatformResponse.text(401, "Supplied personal access token is invalid. Response: 401 Unauthorized");
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return error(401, "UNAUTHORIZED", "Bearer token is invalid/malformed. The User[" + owner.userId()
                + "] for which the token was issued is not active");
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return error(403, "FORBIDDEN", "Bearer token is missing required scope(s): " + String.join(" ", required)
                + ", provided scope(s): " + String.join(" ", provided));
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return error(401, "UNAUTHORIZED",
                "The User[" + caller.userId() + "] does not have Mendix Admin role to perform this operation");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return error(403, "FORBIDDEN", message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, "INVALID_REQUEST", message);
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, "NOT_FOUND", message);
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, "CONFLICT", message);
    }

    @Override
    public PlatformResponse failure(int status) {
        return status == 500 ? error(500, "INTERNAL_SERVER_ERROR", "Something went wrong. Internal server error")
                : error(status, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable");
    }

}
