package io.roster.offboarding;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The times {@code offboarding.bpmn} reads from configuration, as {@code ${offboardingTimers.…}}: deadlines, reminder
 * cycles, the snapshot poll interval and the retry cycle of platform calls.
 */
@Component
public class OffboardingTimers {

    private final OffboardingSettings settings;

    OffboardingTimers(OffboardingSettings settings) {
        this.settings = settings;
    }

    /** When deactivation must have succeeded: the SLA after the last working moment (or after now, if that passed). */
    public Date deactivationDeadline(Date accessEndsAt) {
        Instant now = Instant.now();
        Instant start = accessEndsAt.toInstant().isAfter(now) ? accessEndsAt.toInstant() : now;
        return Date.from(start.plus(settings.deactivationSla()));
    }

    /** When a review created now is due. */
    public Date reviewDueDate() {
        return Date.from(ZonedDateTime.now().plus(settings.reviewDue()).toInstant());
    }

    /** ISO 8601 repeating interval of reminders, e.g. {@code R3/P1D}. */
    public String reminderCycle() {
        return settings.reminderCycle();
    }

    public String escalateAfter() {
        return settings.escalateAfter().toString();
    }

    public String snapshotPollInterval() {
        return settings.snapshotPollInterval().toString();
    }

    public String retryCycle() {
        return settings.retryCycle();
    }

}
