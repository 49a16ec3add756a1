package io.roster.sandbox;

import java.time.Duration;

/**
 * What goes wrong with the calls of one API (the body of {@code PUT /sandbox/admin/faults/{api}}). Absent fields do
 * nothing; the random draws (error, stall) come from a generator seeded with {@code seed}, so a test that sends the
 * same calls in the same order sees the same faults.
 *
 * @param errorRate share of calls (0 to 1) answered with {@code errorStatus} and the API's own error body
 * @param errorStatus 500 to 599 (default 503)
 * @param latency added to every call before it is answered
 * @param stallRate share of calls that are carried out but answered only after {@code stall}, longer than a
 * client's timeout: the client never hears that it worked
 * @param stall how long a stalled call is held (default 30 s)
 * @param rateLimit requests per second the API accepts; above it, 429 with {@code Retry-After}
 * @param outage every call fails with 503 for this long from now
 * @param seed seeds the random draws; a random seed when absent (shown by {@code GET /sandbox/admin/faults})
 */
record FaultSettings(Double errorRate, Integer errorStatus, Duration latency, Double stallRate, Duration stall,
        Double rateLimit, Duration outage, Long seed) {

    static final int DEFAULT_ERROR_STATUS = 503;

    static final Duration DEFAULT_STALL = Duration.ofSeconds(30);

    /** Why these settings cannot be applied, or null when they can. */
    String problem() {
        if (outOfRange(errorRate) || outOfRange(stallRate)) {
            return "errorRate and stallRate are shares between 0 and 1";
        }
        if (errorStatus != null && (errorStatus < 500 || errorStatus > 599)) {
            return "errorStatus must be a server error (500 to 599)";
        }
        if (negative(latency) || negative(stall) || negative(outage)) {
            return "latency, stall and outage cannot be negative";
        }
        if (rateLimit != null && rateLimit <= 0) {
            return "rateLimit must be more than 0 requests per second";
        }
        return null;
    }

    int errorStatusOrDefault() {
        return errorStatus == null ? DEFAULT_ERROR_STATUS : errorStatus;
    }

    Duration stallOrDefault() {
        return stall == null ? DEFAULT_STALL : stall;
    }

    private static boolean outOfRange(Double share) {
        return share != null && (share < 0 || share > 1);
    }

    private static boolean negative(Duration duration) {
        return duration != null && duration.isNegative();
    }

}
