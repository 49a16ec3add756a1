package io.roster.audit;

import java.time.Clock;

import io.roster.audit.AccessReviewProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildInventory}, one slice at a time: opens the review when the schedule started it, crawls the apps not
 * crawled yet for up to {@code roster.access-review.crawl-slice}, and once every app is crawled stores the inventory.
 * Running twice replaces the stored inventory; a slice that dies is crawled again.
 */
@Component
class BuildInventoryDelegate implements JavaDelegate {

    static final String SCHEDULE = "schedule";

    private final InventoryCrawl crawl;

    private final AccessReviews reviews;

    private final AccessReviewSettings settings;

    private final Clock clock;

    BuildInventoryDelegate(InventoryCrawl crawl, AccessReviews reviews, AccessReviewSettings settings, Clock clock) {
        this.crawl = crawl;
        this.reviews = reviews;
        this.settings = settings;
        this.clock = clock;
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
        boolean allCrawled = crawl.crawlApps(reviewId, clock.instant().plus(settings.crawlSlice()));
        execution.setVariable(Var.ALL_APPS_CRAWLED, allCrawled);
        if (!allCrawled) {
            return;
        }
        Inventory inventory = crawl.build(reviewId);
        reviews.saveInventory(reviewId, inventory);
        crawl.forget(reviewId);
        execution.setVariable(Var.MEMBER_COUNT, inventory.members().size());
    }

}
