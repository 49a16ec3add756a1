package io.roster.sandbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Projects API v2: {@code {"error": {message, detail, code, instance, invalid-params}}}. Its description declares no
 * 403, so every refusal of the caller's rights is a 401 with a detail saying why.
 */
final class ProjectsErrors implements ErrorDialect {

    record Body(Error error) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Error(String message, String detail, int code, String instance,
            @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {
    }

    private static PlatformResponse error(int status, String message, String detail, List<InvalidParam> params) {
        return PlatformResponse.json(status,
                new Body(new Error(message, detail, status, "urn:uuid:" + UUID.randomUUID(), params)));
    }

    private static PlatformResponse unauthorized(String detail) {
        return error(401, "Unauthorized", detail, List.of());
    }

    @Override
    public PlatformResponse missingCredentials() {
        return unauthorized("No access token provided");
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return unauthorized("Invalid access token");
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return unauthorized("The user for which the access token was issued is not active");
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return unauthorized("The access token does not include the required scope " + String.join(" or ", required));
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return unauthorized("Only Mendix Admins of the company can do this");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return unauthorized(message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, "Bad Request", message, params);
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, "Not Found", message, List.of());
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, "Conflict", message, List.of());
    }

    @Override
    public PlatformResponse failure(int status) {
        return error(status, status == 500 ? "Internal Server Error" : "Service Unavailable", null, List.of());
    }

}
