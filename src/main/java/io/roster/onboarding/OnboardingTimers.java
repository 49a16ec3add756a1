package io.roster.onboarding;

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

    Date remindAt() {
        return new Date(ClockUtil.getCurrentTime().getTime() + settings.signUpReminderAfter().toMillis());
    }

    Date escalateAt() {
        return new Date(ClockUtil.getCurrentTime().getTime() + settings.signUpEscalateAfter().toMillis());
    }

}
