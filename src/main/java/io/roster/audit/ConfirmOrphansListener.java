package io.roster.audit;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.roster.audit.AccessReviewProcess.Var;
import io.roster.process.JsonVariables;
import io.roster.process.TaskActors;
import io.roster.security.Roles;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmOrphans} on completion: only platform admins confirm; only the review's orphans can be
 * confirmed; and when the brake tripped, confirming any orphan needs the override ticked. A refusal keeps the task
 * open and Tasklist shows the message.
 */
@Component
class ConfirmOrphansListener implements TaskListener {

    private final TaskActors actors;

    private final AccessReviews reviews;

    ConfirmOrphansListener(TaskActors actors, AccessReviews reviews) {
        this.actors = actors;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = actors.actorOf(task);
        if (!TaskActors.UNKNOWN.equals(actor) && !actors.isMember(actor, Roles.PLATFORM_ADMINS)) {
            throw new ConfirmationRefused(actor + " is not a platform admin; only platform admins confirm orphans.");
        }
        Set<String> offered = new HashSet<>();
        JsonVariables.read(task, Var.ORPHAN_OPTIONS).forEach(option -> offered.add(option.path("value").asText()));
        Set<String> confirmed = new LinkedHashSet<>();
        JsonVariables.read(task, Var.CONFIRMED_ORPHANS).forEach(email -> confirmed.add(email.asText()));
        if (!offered.containsAll(confirmed)) {
            confirmed.removeAll(offered);
            throw new ConfirmationRefused("Not orphans of this review: " + String.join(", ", confirmed) + ".");
        }
        boolean override = Boolean.TRUE.equals(task.getVariable(Var.OVERRIDE_BRAKE));
        if (Boolean.TRUE.equals(task.getVariable(Var.BRAKED)) && !confirmed.isEmpty() && !override) {
            throw new ConfirmationRefused("The brake holds: this review found more orphans than it may offboard "
                    + "without an override. Tick the override to offboard them anyway, or confirm none.");
        }
        task.setVariable(Var.CONFIRMED_BY, actor);
        task.setVariable(Var.CONFIRMED_ORPHANS, JsonVariables.of(confirmed));
        task.setVariable(Var.ANY_CONFIRMED, !confirmed.isEmpty());
        reviews.confirmed((String) task.getVariable(Var.REVIEW_ID), actor, override);
    }

    static class ConfirmationRefused extends ProcessEngineException {

        ConfirmationRefused(String message) {
            super(message);
        }

    }

}
