package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** One API's rate budget on its own: permits spread over the second, bounded waits, pauses after a 429. */
class RateBudgetTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void permitsAreSpreadEvenlyOverTheSecond() {
        RateBudget budget = new RateBudget(MendixApi.PROJECTS, 10, Duration.ofSeconds(5), meters);

        long started = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            budget.acquire("list");
        }

        // one permit every 100 ms: the sixth comes five periods after the first
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void aCallerGivesUpWhenNoPermitComesWithinTheWait() {
        RateBudget budget = new RateBudget(MendixApi.PROJECTS, 1, Duration.ofMillis(200), meters);

        budget.acquire("list");

        assertThatThrownBy(() -> budget.acquire("list")).isInstanceOfSatisfying(MendixRateLimitedException.class,
                denied -> assertThat(denied.status()).isZero())
            .hasMessage("Projects API v2 list: rate limited: no permit of Roster's rate budget within 200 ms");
        assertThat(meters.get("roster.mendix.permits.denied").tag("api", "projects").counter().count()).isEqualTo(1);
    }

    @Test
    void aPauseHoldsEveryCallerUntilItEnds() {
        RateBudget budget = new RateBudget(MendixApi.PROJECTS, 100, Duration.ofSeconds(5), meters);

        budget.pause(Duration.ofMillis(400));
        budget.pause(Duration.ofMillis(100)); // a shorter pause does not shorten the longer one
        long started = System.nanoTime();
        budget.acquire("list");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        assertThat(meters.get("roster.mendix.too-many-requests").tag("api", "projects").counter().count())
            .isEqualTo(2);
    }

    @Test
    void aPauseLongerThanTheWaitEndsTheCallAtOnceWithTheRemainingPause() {
        RateBudget budget = new RateBudget(MendixApi.PROJECTS, 100, Duration.ofSeconds(1), meters);

        budget.pause(Duration.ofSeconds(30));

        long started = System.nanoTime();
        assertThatThrownBy(() -> budget.acquire("list")).isInstanceOfSatisfying(MendixRateLimitedException.class,
                paused -> assertThat(paused.retryAfter()).hasValueSatisfying(
                        remaining -> assertThat(remaining).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30))));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

}
