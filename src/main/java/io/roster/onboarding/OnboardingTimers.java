package io.roster.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The times {@code onboarding.bpmn} reads as {@code ${onboardingTimers.…}}: poll interval, deadlines, retries. */
@Component
public class OnboardingTimers {

    private final OnboardingSettings settings;

    OnboardingTimers(OnboardingSettings settings) {
        this.settings = settings;
    }

    public String pollInterval() {
        return settings.pollInterval().toString();
    }

    public String retryCycle() {
        return settings.retryCycle();
    }

    /** Whether a deadline has passed, by the engine's clock (which tests may move). */
    public boolean passed(Date deadline) {
        return deadline != null && !ClockUtil.getCurrentTime().before(deadline);
    }

    /**
     * When HR is asked to follow up a missing sign-up: {@code sign-up-escalate-after} from now, but no later than
     * {@code sign-up-due-before-start} before the start date, and at once when that has passed already.
     */
    Date escalateAt(LocalDate startDate) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant latest = startDate.atStartOfDay(ZoneId.systemDefault()).toInstant()
            .minus(settings.signUpDueBeforeStart());
        return Date.from(latest(now, earliest(now.plus(settings.signUpEscalateAfter()), latest)));
    }

    /** When the new hire is reminded: {@code sign-up-reminder-after} from now, or halfway to HR's task if sooner. */
    Date remindAt(Date escalateAt) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant halfway = now.plus(Duration.between(now, escalateAt.toInstant()).dividedBy(2));
        return Date.from(earliest(now.plus(settings.signUpReminderAfter()), halfway));
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

}
