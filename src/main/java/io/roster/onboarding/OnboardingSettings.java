package io.roster.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How onboarding behaves ({@code roster.onboarding.*}); the BPMN reads its timers through {@link OnboardingTimers}.
 *
 * @param pollInterval how often Roster asks the User Identifiers API whether the new hire's account exists
 * @param signUpReminderAfter when the new hire is reminded to sign up, after the request
 * @param signUpEscalateAfter when HR gets a task because the account still does not exist, after the request
 * @param signUpDueBeforeStart how long before the start date (its first moment, in the server's time zone) HR gets that
 * task at the latest, however short the notice; the reminder then comes halfway
 * @param signUpUrl where new hires sign up (or sign in through the company's identity provider)
 * @param maxPictureSize the largest profile picture HR may send
 * @param retryCycle how the engine retries a failed platform call before it becomes an incident
 */
@ConfigurationProperties("roster.onboarding")
public record OnboardingSettings(@DefaultValue("PT1H") Duration pollInterval,
        @DefaultValue("P2D") Duration signUpReminderAfter, @DefaultValue("P5D") Duration signUpEscalateAfter,
        @DefaultValue("https://signup.mendix.com/") String signUpUrl, @DefaultValue("2MB") DataSize maxPictureSize,
        @DefaultValue("R6/PT30S") String retryCycle, @DefaultValue("P1D") Duration signUpDueBeforeStart) {
}
