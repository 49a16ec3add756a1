package io.roster.audit;

import java.util.Optional;

import io.roster.audit.AccessReviewProcess.Var;
import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts access reviews on demand; one at a time, so two runs never put the same orphans up twice. */
@Service
class AccessReviewService {

    private final AccessReviews reviews;

    private final OpenReviews open;

    private final RuntimeService runtime;

    AccessReviewService(AccessReviews reviews, OpenReviews open, RuntimeService runtime) {
        this.reviews = reviews;
        this.open = open;
        this.runtime = runtime;
    }

    @Transactional
    AccessReview start(String requestedBy) {
        Optional<String> running = open.any();
        if (running.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "access-review-running",
                    "Access review already running", "Access review " + running.get() + " is still running; it "
                            + "ends when its orphans are confirmed.");
            problem.setProperty("existingReview", running.get());
            problem.setProperty("existingReviewHref", "/api/access-reviews/" + running.get());
            throw new ApiProblemException(problem);
        }
        AccessReview review = reviews.open(requestedBy);
        runtime.startProcessInstanceByMessage(AccessReviewProcess.REQUESTED_MESSAGE, review.id(),
                Variables.createVariables().putValue(Var.REVIEW_ID, review.id()).putValue(Var.REQUESTED_BY, requestedBy));
        return review;
    }

    AccessReview find(String id) {
        return reviews.find(id)
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "access-review-not-found",
                    "Access review not found", "There is no access review " + id + ".")));
    }

}
