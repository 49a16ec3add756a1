package io.roster.sandbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * User Deactivation API: {@code {"error": {message, detail, code, instance}}}; an unknown PAT gets the gateway's plain
 * string, an unreachable backend the gateway's own 503 body.
 */
final class UserDeactivationErrors implements ErrorDialect {

    record Body(Error error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String message, String detail, int code, String instance) {
    }

    /**
     * The gateway's answer when no backend is reachable. The published example spells the id {@code request_id},
     * its schema {@code requestId}; the schema wins.
     */
    record GatewayUnavailable(String message, String requestId) {
    }

    private static PlatformResponse error(int status, String message, String detail) {
        return PlatformResponse.json(status,
                new Body(new Error(message, detail, status, "urn:uuid:" + UUID.randomUUID())));
    }

    @Override
    public PlatformResponse missingCredentials() {
        return error(401, "Unauthorized", "No access token provided in the request.");
    }

    @Override
    public PlatformResponse invalidCredentials() {
        return PlatformResponse.text(401, "Supplied personal access token is invalid.");
    }

    @Override
    public PlatformResponse inactiveAccount(Member owner) {
        return error(401, "Unauthorized", "Access token is non-existent or expired.");
    }

    @Override
    public PlatformResponse missingScope(Set<String> required, Set<String> provided) {
        return error(403, "Forbidden", "Access token does not include the required scope.");
    }

    @Override
    public PlatformResponse notAdmin(Member caller) {
        return error(403, "Forbidden", "Requestor is not Mendix Admin for the company");
    }

    @Override
    public PlatformResponse forbidden(String message, String code) {
        return error(403, "Forbidden", message);
    }

    @Override
    public PlatformResponse invalid(String message, String code, List<InvalidParam> params) {
        return error(400, "The request data did not validate", message);
    }

    @Override
    public PlatformResponse unreadableBody(String detail) {
        return PlatformResponse.json(400, new Body(new Error("Error parsing JSON. " + detail, null, 400, null)));
    }

    @Override
    public PlatformResponse notFound(String message, String code) {
        return error(404, "Not Found", message);
    }

    @Override
    public PlatformResponse conflict(String message) {
        return error(409, "Conflict", message);
    }

    @Override
    public PlatformResponse failure(int status) {
        if (status == 503) {
            return PlatformResponse.json(503, new GatewayUnavailable("failure to get a peer from the ring-balancer",
                    UUID.randomUUID().toString().replace("-", "")));
        }
        return error(status, "Internal Server Error", "Internal Server error");
    }

}
