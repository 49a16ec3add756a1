package io.roster.sandbox;

import java.util.List;
import java.util.Set;

/** Audit Logging API: {@code {"error": {status, message}}}. */
final class AuditLoggingErrors implements ErrorDialect {

    record Body(Error error) {
    }

    record Error(int status, String message) {
    }

    private static PlatformResponse error(int status, String message) {
        return PlatformResponse.json(status, new Body(new Error(status, message)));
    }

    @Override
    public PlatformResponse missingCredentials() {
        return error(401, "Unauthorized, please provide valid credentials");
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return error(401, "Unauthorized, please provide valid credentials");
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return error(401, "Unauthorized, the account of the token is not active");
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return error(403, "Forbidden, the token lacks the scope " + String.join(" or ", required));
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return error(403, "Forbidden");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return error(403, message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, message);
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, message);
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, message);
    }

    @Override
    public PlatformResponse failure(int status) {
        return error(status, status == 500 ? "Internal server error, please try again later"
                : "Service unavailable, please try again later");
    }

}
