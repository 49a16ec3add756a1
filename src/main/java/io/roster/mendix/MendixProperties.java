package io.roster.mendix;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Roster reaches the Mendix platform ({@code roster.mendix.*}, see {@code docs/mendix.md}).
 *
 * @param token the personal access token (PAT) of the service account, for the APIs that take {@code MxToken}
 * @param apiUsername the service account's login name, for the APIs that take an API key
 * @param apiKey the service account's API key (Backups v2, legacy User Management)
 * @param accountId the company account id, for company-wide listings (apps, project roles)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer; well below the engine's five-minute job lock
 * @param maxRetryAfterWait the longest a call waits on a 429 before trying again; a longer {@code Retry-After} is
 * left to the engine's job retry
 * @param maxPermitWait the longest a call waits for its API's rate budget before giving up
 * @param apis where each API is and how fast Roster may call it
 */
@ConfigurationProperties("roster.mendix")
public record MendixProperties(String token, String apiUsername, String apiKey, String accountId,
        Duration connectTimeout, Duration readTimeout, Duration maxRetryAfterWait, Duration maxPermitWait, Apis apis) {

    public MendixProperties {
        accountId = accountId == null || accountId.isBlank() ? null : accountId;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        maxRetryAfterWait = maxRetryAfterWait == null ? Duration.ofSeconds(20) : maxRetryAfterWait;
        maxPermitWait = maxPermitWait == null ? Duration.ofSeconds(20) : maxPermitWait;
        apis = apis == null ? new Apis(null, null, null, null, null, null, null) : apis;
    }

    /** The settings of one API; an API without settings has no base URL and the default rate budget. */
    public Api api(MendixApi api) {
        Api settings = switch (api) {
            case USER_IDENTIFIERS -> apis.userIdentifiers();
            case USER_DEACTIVATION -> apis.userDeactivation();
            case PROJECTS -> apis.projects();
            case DEPLOY -> apis.deploy();
            case BACKUPS -> apis.backups();
            case AUDIT_LOGGING -> apis.auditLogging();
            case USER_MANAGEMENT -> apis.userManagement();
        };
        return settings == null ? new Api(null, null, false) : settings;
    }

    /** Never the secrets: this record ends up in logs and failure analyses. */
    @Override
    public String toString() {
        return "MendixProperties[token=" + masked(token) + ", apiUsername=" + apiUsername + ", apiKey="
                + masked(apiKey) + ", accountId=" + accountId + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxRetryAfterWait=" + maxRetryAfterWait + ", maxPermitWait="
                + maxPermitWait + ", apis=" + apis + "]";
    }

    private static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "(unset)" : "******";
    }

    /**
     * One field per API (rather than a map) so that relaxed binding works from environment variables too, e.g.
     * {@code ROSTER_MENDIX_APIS_USERIDENTIFIERS_BASEURL}.
     */
    public record Apis(Api userIdentifiers, Api userDeactivation, Api projects, Api deploy, Api backups,
            Api auditLogging, Api userManagement) {
    }

    /**
     * @param baseUrl the API's base URL; may hold placeholders such as {@code ${local.server.port}}, resolved at the
     * first call
     * @param requestsPerSecond the rate budget shared by every caller in this JVM
     * @param enabled only read for the legacy User Management API, which is off unless switched on
     */
    public record Api(String baseUrl, Integer requestsPerSecond, boolean enabled) {

        public Api {
            requestsPerSecond = requestsPerSecond == null ? 5 : requestsPerSecond;
            if (requestsPerSecond < 1) {
                throw new IllegalArgumentException("requests-per-second must be at least 1, not " + requestsPerSecond);
            }
        }

    }

}
