package io.roster.onboarding;

import java.util.List;
import java.util.stream.Collectors;

import io.roster.notify.Mail;
import io.roster.notify.Mailer;
import org.springframework.stereotype.Component;

/** The e-mails of an onboarding: sign-up instructions, the reminder, the welcome and the manager's summary. */
@Component
class OnboardingMails {

    private final Mailer mailer;

    private final OnboardingSettings settings;

    OnboardingMails(Mailer mailer, OnboardingSettings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    void signUpInstructions(Onboarding onboarding) {
        mailer.send(new Mail(List.of(onboarding.email()), "Welcome to Brightwater: create your Mendix account",
                "Dear " + onboarding.firstName() + ",\n\nBefore you start on " + onboarding.startDate()
                        + ", please create your Mendix account with this e-mail address (" + onboarding.email()
                        + ") at " + settings.signUpUrl() + " , or sign in there through the company login.\n\n"
                        + "As soon as your account exists, you are added to your teams; no need to tell anyone.\n"));
    }

    void signUpReminder(Onboarding onboarding) {
        mailer.send(new Mail(List.of(onboarding.email()), "Reminder: create your Mendix account",
                "Dear " + onboarding.firstName() + ",\n\nWe have not seen a Mendix account for " + onboarding.email()
                        + " yet. Please sign up at " + settings.signUpUrl() + " with this address before "
                        + onboarding.startDate() + ".\n"));
    }

    void welcome(Onboarding onboarding, List<PlanItem> plan) {
        mailer.send(new Mail(List.of(onboarding.email()), "Welcome aboard, " + onboarding.firstName(),
                "Dear " + onboarding.firstName() + ",\n\nYour Mendix access is ready:\n" + lines(plan, true)
                        + "\nInvitations (if any) wait for you in the Mendix Portal.\n"));
    }

    void managerSummary(Onboarding onboarding, List<PlanItem> plan) {
        mailer.send(new Mail(List.of(String.valueOf(mailer.addressOf(onboarding.manager()))),
                "Onboarding of " + onboarding.fullName() + " completed",
                "The onboarding of " + onboarding.fullName() + " (" + onboarding.email() + ", starting "
                        + onboarding.startDate() + ") is complete.\n\n" + lines(plan, false)
                        + "\nLines marked REFUSED, INVITED or SKIPPED need a person.\n"));
    }

    private static String lines(List<PlanItem> plan, boolean grantsOnly) {
        return plan.stream()
            .filter(item -> !grantsOnly || item.kind() != PlanItem.Kind.STEP)
            .map(item -> "- " + item.describe() + ": " + item.status()
                    + (item.note() == null ? "" : " (" + item.note() + ")"))
            .collect(Collectors.joining("\n", "", "\n"));
    }

}
