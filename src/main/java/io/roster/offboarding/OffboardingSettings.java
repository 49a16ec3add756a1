package io.roster.offboarding;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How offboarding behaves ({@code roster.offboarding.*}); the BPMN reads its timers through
 * {@link OffboardingTimers}.
 *
 * @param deactivationSla how long after the last working moment deactivation may take before platform admins are
 * alerted
 * @param reviewDue when the manager's review is due after it was created
 * @param reminderCycle ISO 8601 repeating interval of reminders on an open task, e.g. {@code R3/P1D}
 * @param escalateAfter how long an open task waits before platform admins are added to it and alerted
 * @param snapshotPollInterval how often a running backup snapshot is checked
 * @param trainingCategory / trainingValue the company category that marks training apps
 * @param hrMailbox who in HR gets the summary besides the requester (optional)
 * @param maxPast how far in the past a last working moment may be before Roster calls it a mistake
 * @param retryCycle how the engine retries a failed platform call before it becomes an incident
 */
@ConfigurationProperties("roster.offboarding")
public record OffboardingSettings(@DefaultValue("PT4H") Duration deactivationSla, @DefaultValue("P2D") Period reviewDue,
        @DefaultValue("R3/P1D") String reminderCycle, @DefaultValue("P3D") Duration escalateAfter,
        @DefaultValue("PT10S") Duration snapshotPollInterval, @DefaultValue("Purpose") String trainingCategory,
        @DefaultValue("Training") String trainingValue, String hrMailbox, @DefaultValue("P30D") Duration maxPast,
        @DefaultValue("R6/PT30S") String retryCycle) {
}
