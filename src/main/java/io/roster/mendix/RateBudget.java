package io.roster.mendix;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The rate budget of one Mendix API, shared by every caller in the JVM: a Resilience4j rate limiter hands out
 * {@code requestsPerSecond} permits a second, one at a time and evenly spread (no burst at each second's start), and
 * a 429 pauses the whole budget so that many process instances do not turn one 429 into a storm of them.
 */
final class RateBudget {

    private final MendixApi api;

    private final RateLimiter limiter;

    private final Duration maxWait;

    /** {@link System#nanoTime()} until which nobody calls the API (after a 429); in the past when not paused. */
    private final AtomicLong pausedUntil = new AtomicLong(System.nanoTime());

    private final Counter tooManyRequests;

    private final Counter denied;

    RateBudget(MendixApi api, int requestsPerSecond, Duration maxWait, MeterRegistry meters) {
        this.api = api;
        this.maxWait = maxWait;
        this.limiter = RateLimiter.of("mendix-" + api.key(), RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofSeconds(1).dividedBy(requestsPerSecond))
            .timeoutDuration(maxWait)
            .build());
        Gauge.builder("roster.mendix.permits.available", limiter, l -> l.getMetrics().getAvailablePermissions())
            .description("Whether the API's rate budget has a permit free right now (1) or callers queue (0 or less)")
            .tag("api", api.key())
            .register(meters);
        Gauge.builder("roster.mendix.permits.waiting", limiter, l -> l.getMetrics().getNumberOfWaitingThreads())
            .description("Callers waiting for a permit of the API's rate budget")
            .tag("api", api.key())
            .register(meters);
        this.tooManyRequests = Counter.builder("roster.mendix.too-many-requests")
            .description("429 answers of the API")
            .tag("api", api.key())
            .register(meters);
        this.denied = Counter.builder("roster.mendix.permits.denied")
            .description("Calls given up because the API's rate budget had no permit in time")
            .tag("api", api.key())
            .register(meters);
    }

    /**
     * Waits until the budget allows one more call: first for a pause after a 429 to end, then for a permit.
     *
     * @throws MendixRateLimitedException when that would take longer than {@code maxPermitWait}
     */
    void acquire(String operation) {
        Duration pause = remainingPause();
        if (pause.compareTo(maxWait) > 0) {
            denied.increment();
            throw new MendixRateLimitedException(api, operation, 0,
                    "the platform asked Roster to pause calls to this API", pause);
        }
        sleep(pause, operation);
        if (!limiter.acquirePermission()) {
            denied.increment();
            throw new MendixRateLimitedException(api, operation, 0,
                    "no permit of Roster's rate budget within " + maxWait.toMillis() + " ms", null);
        }
    }

    /** The platform answered 429: nobody calls this API for {@code pause} (or longer, if already paused longer). */
    void pause(Duration pause) {
        tooManyRequests.increment();
        long until = System.nanoTime() + pause.toNanos();
        // nanoTime values are compared by their difference, never directly (they may overflow)
        pausedUntil.accumulateAndGet(until, (current, proposed) -> current - proposed > 0 ? current : proposed);
    }

    private Duration remainingPause() {
        long remaining = pausedUntil.get() - System.nanoTime();
        return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    }

    /** Waits on the caller's thread; an interrupt (the node shuts down) ends the call as "no answer". */
    void sleep(Duration duration, String operation) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
        catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new MendixUnavailableException(api, operation, 0, "interrupted while waiting for the rate budget",
                    exception);
        }
    }

}
