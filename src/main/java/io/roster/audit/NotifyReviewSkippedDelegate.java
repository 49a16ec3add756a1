package io.roster.audit;

import io.roster.notify.Mail;
import io.roster.notify.Mailer;
import io.roster.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyReviewSkipped}: the schedule was due while an earlier review is still open; the platform admins
 * hear which one keeps the next from starting.
 */
@Component
class NotifyReviewSkippedDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyReviewSkippedDelegate.class);

    private final OpenReviews open;

    private final AccessReviews reviews;

    private final Mailer mailer;

    NotifyReviewSkippedDelegate(OpenReviews open, AccessReviews reviews, Mailer mailer) {
        this.open = open;
        this.reviews = reviews;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String blocking = open.otherThan(execution.getProcessInstanceId()).orElse(null);
        String which = reviews.find(blocking == null ? "" : blocking)
            .map(review -> "review " + review.id() + " (started " + review.startedAt() + " by " + review.requestedBy()
                    + ", " + review.status() + ")")
            .orElse("an earlier review (since ended)");
        log.warn("Scheduled access review skipped: {} is still open", which);
        mailer.send(new Mail(mailer.addressesOfGroup(Roles.PLATFORM_ADMINS), "Scheduled access review skipped",
                "The access review due now did not start, because " + which + " is still open. One review runs at "
                        + "a time, so that nobody confirms the same orphans twice.\n\n"
                        + "If it awaits confirmation, complete its task \"Confirm the orphans to offboard\" in "
                        + "Tasklist; if it has an incident, retry or cancel it in Cockpit. Then start a review with "
                        + "POST /api/access-reviews, or wait for the next scheduled one.\n"));
    }

}
