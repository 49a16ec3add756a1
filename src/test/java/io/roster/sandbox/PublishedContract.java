package io.roster.sandbox;

import java.net.URI;
import java.util.Map;

import io.roster.mendix.MendixApi;
import io.roster.mendix.OpenApiContract;

/**
 * Checks sandbox exchanges against Mendix's official OpenAPI descriptions ({@link OpenApiContract}): the path after
 * the sandbox's prefix is the real server's path, base path included.
 */
final class PublishedContract {

    /** Sandbox prefix to the part the real server's URL has in its place, and the API. */
    private static final Map<String, MendixApi> PREFIXES = Map.of("/sandbox/user-identifiers",
            MendixApi.USER_IDENTIFIERS, "/sandbox/users-status", MendixApi.USER_DEACTIVATION, "/sandbox/projects",
            MendixApi.PROJECTS, "/sandbox/cloud", MendixApi.DEPLOY, "/sandbox/audit", MendixApi.AUDIT_LOGGING);

    /**
     * A valid request to check an answer with, for a request that was invalid on purpose (the checker validates
     * request and response together); a null path keeps the path as sent.
     */
    record StandIn(String path, String query, Map<String, String> headers, String body) {

        static StandIn headers(Map<String, String> headers, String body) {
            return new StandIn(null, null, headers, body);
        }

        static StandIn query(String query, Map<String, String> headers) {
            return new StandIn(null, query, headers, null);
        }

        /** Another endpoint of the same API that declares the answer's status. */
        static StandIn path(String path, String query, Map<String, String> headers) {
            return new StandIn(path, query, headers, null);
        }

    }

    private PublishedContract() {
    }

    /** The request as sent and the answer as received match the description. */
    static SandboxClient.Exchange assertPublished(SandboxClient.Exchange exchange) {
        return check(exchange, exchange.uri().getRawPath(), exchange.uri().getRawQuery(), exchange.requestHeaders(),
                exchange.requestBody());
    }

    /** The answer matches the description, checked with a valid stand-in for the request. */
    static SandboxClient.Exchange assertPublished(SandboxClient.Exchange exchange, StandIn standIn) {
        return check(exchange, standIn.path() == null ? exchange.uri().getRawPath() : standIn.path(),
                standIn.query(), standIn.headers(), standIn.body());
    }

    private static SandboxClient.Exchange check(SandboxClient.Exchange exchange, String path, String query,
            Map<String, String> headers, String body) {
        String prefix = PREFIXES.keySet()
            .stream()
            .filter(path::startsWith)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(path + " belongs to no API with a description"));
        URI real = URI.create(path.substring(prefix.length()) + (query == null ? "" : "?" + query));
        OpenApiContract.of(PREFIXES.get(prefix))
            .orElseThrow()
            .assertExchange(exchange.method(), real, headers, body, exchange.status(), exchange.contentType(),
                    exchange.body());
        return exchange;
    }

}
