package io.roster.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The faults injected into the platform APIs (set over {@code /sandbox/admin/faults}): outages, rate limits, error
 * rates, latency and stalls, per API. Not persisted: a restart or reset clears them.
 */
@Component
@Profile("sandbox")
class Faults {

    /**
     * What happens to one call: wait {@code latency}, then answer with {@code rejection} if there is one, else carry
     * the call out and hold the answer for {@code stall}.
     */
    record Decision(Duration latency, Rejection rejection, Duration stall) {

        static final Decision NONE = new Decision(Duration.ZERO, null, Duration.ZERO);

    }

    /** @param fault outage, rate-limit or error */
    record Rejection(String fault, int status, long retryAfterSeconds) {
    }

    /** The settings of one API as {@code GET /sandbox/admin/faults} shows them. */
    record View(FaultSettings settings, long seed, Instant outageUntil) {
    }

    private final Map<SandboxApi, ApiFaults> active = new EnumMap<>(SandboxApi.class);

    synchronized void set(SandboxApi api, FaultSettings settings) {
        active.put(api, new ApiFaults(settings, Instant.now()));
    }

    synchronized void clear(SandboxApi api) {
        active.remove(api);
    }

    synchronized void clearAll() {
        active.clear();
    }

    synchronized Map<String, View> view() {
        Map<String, View> views = new LinkedHashMap<>();
        active.forEach((api, faults) -> views.put(api.key(), faults.view()));
        return views;
    }

    Decision decide(SandboxApi api) {
        ApiFaults faults;
        synchronized (this) {
            faults = active.get(api);
        }
        return faults == null ? Decision.NONE : faults.decide(Instant.now());
    }

    /** The faults of one API with the state they carry: the random generator, the outage's end, the rate budget. */
    private static final class ApiFaults {

        private final FaultSettings settings;

        private final long seed;

        private final Random random;

        private final Instant outageUntil;

        private double tokens;

        private Instant refilledAt;

        ApiFaults(FaultSettings settings, Instant now) {
            this.settings = settings;
            this.seed = settings.seed() != null ? settings.seed() : ThreadLocalRandom.current().nextLong();
            this.random = new Random(seed);
            this.outageUntil = settings.outage() == null ? null : now.plus(settings.outage());
            this.tokens = capacity();
            this.refilledAt = now;
        }

        synchronized Decision decide(Instant now) {
            Duration latency = settings.latency() == null ? Duration.ZERO : settings.latency();
            // every call draws both numbers, so the sequence of faults depends only on the sequence of calls
            boolean error = draw(settings.errorRate());
            boolean stall = draw(settings.stallRate());
            if (outageUntil != null && now.isBefore(outageUntil)) {
                return new Decision(latency, new Rejection("outage", 503, 0), Duration.ZERO);
            }
            if (settings.rateLimit() != null && !takeToken(now)) {
                long retryAfter = (long) Math.max(1, Math.ceil((1 - tokens) / settings.rateLimit()));
                return new Decision(latency, new Rejection("rate-limit", 429, retryAfter), Duration.ZERO);
            }
            if (error) {
                return new Decision(latency, new Rejection("error", settings.errorStatusOrDefault(), 0), Duration.ZERO);
            }
            return new Decision(latency, null, stall ? settings.stallOrDefault() : Duration.ZERO);
        }

        private boolean draw(Double rate) {
            double value = random.nextDouble();
            return rate != null && value < rate;
        }

        /** A token bucket holding one second's worth of requests (at least one), refilled continuously. */
        private boolean takeToken(Instant now) {
            double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity(), tokens + elapsed * settings.rateLimit());
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        private double capacity() {
            return settings.rateLimit() == null ? 0 : Math.max(1, settings.rateLimit());
        }

        synchronized View view() {
            return new View(settings, seed, outageUntil);
        }

    }

}
