package io.roster.mendix;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform answered 429 Too Many Requests (after the client had waited and tried again where it could), or
 * Roster's own rate budget for the API had no room for the call in time.
 */
public class MendixRateLimitedException extends MendixException {

    private final transient Duration retryAfter;

    public MendixRateLimitedException(MendixApi api, String operation, String platformMessage, Duration retryAfter) {
        this(api, operation, 429, platformMessage, retryAfter);
    }

    /**
     * @param status 429, or 0 when Roster's own rate budget stopped the call before anything was sent
     */
    public MendixRateLimitedException(MendixApi api, String operation, int status, String platformMessage,
            Duration retryAfter) {
        super(api, operation, status, platformMessage, "rate limited"
                + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"), null);
        this.retryAfter = retryAfter;
    }

    /** The platform's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

}
