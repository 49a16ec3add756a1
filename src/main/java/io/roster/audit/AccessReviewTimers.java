package io.roster.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The times {@code access-review.bpmn} reads from configuration, as {@code ${accessReviewTimers.…}}. */
@Component
@EnableConfigurationProperties(AccessReviewSettings.class)
public class AccessReviewTimers {

    private final AccessReviewSettings settings;

    AccessReviewTimers(AccessReviewSettings settings) {
        this.settings = settings;
    }

    /** When reviews start by themselves (cron or ISO 8601 cycle). */
    public String schedule() {
        return settings.schedule();
    }

    public String retryCycle() {
        return settings.retryCycle();
    }

}
