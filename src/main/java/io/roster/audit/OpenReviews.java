package io.roster.audit;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Access reviews still under way (building, comparing, awaiting confirmation), as {@code access-review.bpmn} asks
 * {@code ${openReviews.anotherThan(execution)}} when the schedule is due: one review at a time, so that the admins never
 * confirm two lists of the same orphans.
 */
@Component
public class OpenReviews {

    private final RuntimeService runtime;

    OpenReviews(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Whether a review other than this process's own is still open. */
    public boolean anotherThan(DelegateExecution execution) {
        return otherThan(execution.getProcessInstanceId()).isPresent();
    }

    /** The id of an open review, if there is one. */
    Optional<String> any() {
        return otherThan(null);
    }

    /** The id of an open review other than the one of this process instance. */
    Optional<String> otherThan(String processInstanceId) {
        return runtime.createProcessInstanceQuery()
            .processDefinitionKey(AccessReviewProcess.KEY)
            .active()
            .list()
            .stream()
            .filter(instance -> processInstanceId == null || !instance.getId().equals(processInstanceId))
            .map(ProcessInstance::getBusinessKey)
            .findFirst();
    }

}
