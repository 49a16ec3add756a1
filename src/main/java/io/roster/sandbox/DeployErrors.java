package io.roster.sandbox;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Deploy API v4: {@code {"error": {code, message, invalid-params: [{name, reason}]}}}, always with at least one
 * invalid-params entry (empty name and reason where there is nothing to point at, as in the published examples).
 */
final class DeployErrors implements ErrorDialect {

    private static final List<InvalidParam> NOTHING = List.of(new InvalidParam("", ""));

    record Body(Error error) {
    }

    record Error(int code, String message, @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {
    }

    private static PlatformResponse error(int status, String message, List<InvalidParam> params) {
        return PlatformResponse.json(status, new Body(new Error(status, message, params.isEmpty() ? NOTHING : params)));
    }

    private static PlatformResponse authentication(int status, String message, String reason) {
        return error(status, message, List.of(new InvalidParam("Authentication", reason)));
    }

    @Override
    public PlatformResponse missingCredentials() {
        return authentication(401, "Unauthorized", "Missing or invalid Authorization header");
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return authentication(401, "Unauthorized", "Missing or invalid Authorization header");
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return authentication(403, "Forbidden", "Account not found or inactive");
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return authentication(403, "Forbidden", "The token is not accepted");
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return authentication(403, "Forbidden", "The account is not privileged to perform this request");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return authentication(403, "Forbidden", message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, message, params);
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, message, List.of());
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, message, List.of());
    }

    @Override
    public PlatformResponse failure(int status) {
        return error(status, status == 500 ? "Internal system error" : "Service unavailable", List.of());
    }

}
