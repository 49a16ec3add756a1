package io.roster.mendix;

import java.time.Duration;
import java.util.Optional;

/** The platform answered 429 Too Many Requests (after the client had waited and tried again where it could). */
public class MendixRateLimitedException extends MendixException {

    private final transient Duration retryAfter;

    public MendixRateLimitedException(MendixApi api, String operation, String platformMessage, Duration retryAfter) {
        super(api, operation, 429, platformMessage, "rate limited"
                + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"), null);
        this.retryAfter = retryAfter;
    }

    /** The platform's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

}
