package io.roster.offboarding;

import java.util.ArrayList;
import java.util.List;

import io.roster.evidence.ChainVerification;
import io.roster.evidence.EvidenceLog;
import io.roster.notify.Mail;
import io.roster.notify.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendSummary}: tells the manager and HR how the offboarding ended, app by app, and where the evidence
 * report is.
 */
@Component
class SendSummaryDelegate implements JavaDelegate {

    private final OffboardingCases cases;

    private final OffboardingPlans plans;

    private final EvidenceLog evidence;

    private final Mailer mailer;

    private final OffboardingSettings settings;

    SendSummaryDelegate(OffboardingCases cases, OffboardingPlans plans, EvidenceLog evidence, Mailer mailer,
            OffboardingSettings settings) {
        this.cases = cases;
        this.plans = plans;
        this.evidence = evidence;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Offboarding offboarding = cases.find(CaseVariables.offboardingId(execution)).orElseThrow();
        List<String> recipients = new ArrayList<>(List.of(nullToEmpty(mailer.addressOf(offboarding.manager())),
                nullToEmpty(mailer.addressOf(offboarding.requestedBy())), nullToEmpty(settings.hrMailbox())));
        mailer.send(new Mail(recipients, "Offboarding of " + offboarding.leaverEmail() + " completed",
                text(offboarding)));
        evidence.append(offboarding.id(), io.roster.evidence.EvidenceEntry.byRoster("summary.sent", "DONE", null,
                "to " + String.join(", ", recipients.stream().filter(r -> !r.isBlank()).toList())));
    }

    private String text(Offboarding offboarding) {
        StringBuilder text = new StringBuilder();
        text.append("Offboarding ").append(offboarding.id()).append(" of ").append(offboarding.leaverEmail())
            .append('\n')
            .append("Platform access denied at: ").append(offboarding.accessDeniedAt()).append("\n\nApps:\n");
        List<PlannedApp> apps = plans.of(offboarding.id());
        if (apps.isEmpty()) {
            text.append("  (none)\n");
        }
        for (PlannedApp app : apps) {
            text.append("  - ").append(app.facts().appName()).append(": ").append(app.status());
            if (app.statusDetail() != null) {
                text.append(" - ").append(app.statusDetail());
            }
            text.append('\n');
        }
        ChainVerification chain = evidence.verify(offboarding.id());
        text.append("\nEvidence: ").append(chain.records()).append(" records, chain ")
            .append(chain.intact() ? "intact" : "BROKEN: " + chain.problem())
            .append(". Download it from GET /api/offboardings/").append(offboarding.id()).append("/evidence\n");
        return text.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}
