package io.roster.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code roster.access-review.*}.
 *
 * @param schedule when reviews start by themselves: a Camunda timer cycle, cron ({@code 0 0 6 1 * ?}: 06:00 on the
 * first of each month) or ISO 8601 ({@code R/P30D})
 * @param inactiveAfter no activity for longer than this is a finding
 * @param orphanBrake the share of all members above which orphans need an explicit override before any is offboarded
 * @param retryCycle of the platform and directory calls
 * @param crawlSlice how long one job crawls apps before the next job goes on: well inside the engine's five-minute job
 * lock, with room for a last slow call
 */
@ConfigurationProperties("roster.access-review")
public record AccessReviewSettings(@DefaultValue("0 0 6 1 * ?") String schedule,
        @DefaultValue("P90D") Duration inactiveAfter, @DefaultValue("0.05") double orphanBrake,
        @DefaultValue("R3/PT5M") String retryCycle, @DefaultValue("PT2M") Duration crawlSlice) {

    /** Whether this many orphans among this many members trip the brake. */
    boolean brakes(int orphans, int members) {
        return members > 0 && (double) orphans / members > orphanBrake;
    }

}
