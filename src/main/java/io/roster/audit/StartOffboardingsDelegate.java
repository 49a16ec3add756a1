package io.roster.audit;

import io.roster.audit.AccessReviewProcess.Var;
import io.roster.offboarding.TerminationStarter;
import io.roster.process.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartOffboardings}: one offboarding in termination mode per confirmed orphan, reviewed by the admin who
 * confirmed. The idempotency key is review + e-mail, so a retried job starts nothing twice.
 */
@Component
class StartOffboardingsDelegate implements JavaDelegate {

    private final TerminationStarter terminations;

    private final AccessReviews reviews;

    StartOffboardingsDelegate(TerminationStarter terminations, AccessReviews reviews) {
        this.terminations = terminations;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = (String) execution.getVariable(Var.REVIEW_ID);
        String confirmedBy = (String) execution.getVariable(Var.CONFIRMED_BY);
        int count = 0;
        for (var email : JsonVariables.read(execution, Var.CONFIRMED_ORPHANS)) {
            terminations.terminate(email.asText(), confirmedBy, "access review " + reviewId, confirmedBy,
                    "access-review:" + reviewId + ":" + email.asText());
            count++;
        }
        reviews.offboardingsStarted(reviewId, count);
        reviews.status(reviewId, AccessReview.Status.COMPLETED);
    }

}
