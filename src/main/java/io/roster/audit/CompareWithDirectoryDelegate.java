package io.roster.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.roster.audit.AccessReviewProcess.Var;
import io.roster.directory.CorporateDirectory;
import io.roster.process.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CompareWithDirectory}: reconciles the stored inventory with the directory, stores the findings and puts
 * the orphans up for confirmation, with the brake's warning when they are too many.
 */
@Component
class CompareWithDirectoryDelegate implements JavaDelegate {

    private final AccessReviews reviews;

    private final CorporateDirectory directory;

    private final AccessReviewSettings settings;

    private final Clock clock;

    CompareWithDirectoryDelegate(AccessReviews reviews, CorporateDirectory directory, AccessReviewSettings settings,
            Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = (String) execution.getVariable(Var.REVIEW_ID);
        List<InventoryMember> members = new ArrayList<>();
        reviews.forEachMember(reviewId, stored -> members.add(stored.member()));
        List<Finding> findings = new ArrayList<>();
        Reconciliation.Outcome outcome = new Reconciliation(clock.instant(), settings.inactiveAfter())
            .reconcile(members, directory, findings::add);
        boolean braked = settings.brakes(outcome.orphans(), outcome.members());
        reviews.saveFindings(reviewId, findings, outcome, braked);
        List<Map<String, String>> options = findings.stream()
            .filter(finding -> finding.kind().orphan())
            .map(finding -> Map.of("label", finding.email() + " (" + (finding.name() == null ? "" : finding.name() + "; ")
                    + finding.detail() + ")", "value", finding.email()))
            .toList();
        execution.setVariable(Var.ORPHAN_COUNT, outcome.orphans());
        execution.setVariable(Var.ORPHAN_OPTIONS, JsonVariables.of(options));
        execution.setVariable(Var.BRAKED, braked);
        execution.setVariable(Var.BRAKE_WARNING, braked ? String.format(java.util.Locale.ROOT,
                "Warning: %d of %d members (%.1f%%) look like orphans, more than the %.1f%% a review may offboard "
                        + "without an override. A directory or HR mistake is more likely than this many leavers. Check "
                        + "the findings; tick the override only if you are sure.",
                outcome.orphans(), outcome.members(), 100 * outcome.orphanShare(), 100 * settings.orphanBrake())
                : "");
        reviews.status(reviewId, outcome.orphans() == 0 ? AccessReview.Status.COMPLETED
                : AccessReview.Status.AWAITING_CONFIRMATION);
    }

}
