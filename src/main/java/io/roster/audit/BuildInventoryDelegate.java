package io.roster.audit;

import io.roster.audit.AccessReviewProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildInventory}: opens the review when the schedule started it, crawls the platform and stores the
 * inventory. Running twice replaces the stored inventory.
 */
@Component
class BuildInventoryDelegate implements JavaDelegate {

    static final String SCHEDULE = "schedule";

    private final InventoryCrawl crawl;

    private final AccessReviews reviews;

    BuildInventoryDelegate(InventoryCrawl crawl, AccessReviews reviews) {
        this.crawl = crawl;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = (String) execution.getVariable(Var.REVIEW_ID);
        if (reviewId == null) {
            reviewId = reviews.open(SCHEDULE).id();
            execution.setVariable(Var.REVIEW_ID, reviewId);
            execution.setVariable(Var.REQUESTED_BY, SCHEDULE);
            execution.setProcessBusinessKey(reviewId);
        }
        Inventory inventory = crawl.build();
        reviews.saveInventory(reviewId, inventory);
        execution.setVariable(Var.MEMBER_COUNT, inventory.members().size());
    }

}
