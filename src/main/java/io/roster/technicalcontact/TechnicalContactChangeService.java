package io.roster.technicalcontact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.CloudApp;
import io.roster.mendix.MendixException;
import io.roster.mendix.MendixNotFoundException;
import io.roster.mendix.MendixPlatform;
import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a technical-contact change after checking what can be checked before anyone approves: the app is in Mendix
 * Cloud, the successor has an account in the company and is not Technical Contact already, and no other change of
 * the app is under way.
 */
@Service
class TechnicalContactChangeService {

    private final TechnicalContactChanges changes;

    private final MendixPlatform platform;

    private final EvidenceLog evidence;

    private final RuntimeService runtime;

    private final Validator validator;

    private final Clock clock;

    TechnicalContactChangeService(TechnicalContactChanges changes, MendixPlatform platform, EvidenceLog evidence,
            RuntimeService runtime, Validator validator, Clock clock) {
        this.changes = changes;
        this.platform = platform;
        this.evidence = evidence;
        this.runtime = runtime;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    TechnicalContactChange start(String appId, ChangeRequest request, String requestedBy) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ChangeRequest> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(Problems.invalid(errors));
        }
        String successor = request.successorEmail().trim().toLowerCase(Locale.ROOT);
        changes.findActive(appId).ifPresent(existing -> {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "technical-contact-change-exists",
                    "Change already under way", "The app already has an active technical-contact change: "
                            + existing.id() + ".");
            problem.setProperty("existingChangeHref", ChangeView.of(existing).href());
            throw new ApiProblemException(problem);
        });
        CloudApp app = cloudApp(appId);
        if (successor.equalsIgnoreCase(String.valueOf(app.technicalContactEmail()))) {
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "already-technical-contact",
                    "Already Technical Contact", successor + " is already the Technical Contact of " + app.name()
                            + "."));
        }
        if (platformCall(() -> platform.findAccount(successor)).isEmpty()) {
            throw new ApiProblemException(Problems.invalid(List.of(new FieldError("successorEmail",
                    "has no Mendix account in the company"))));
        }
        TechnicalContactChange change = new TechnicalContactChange("tcc-" + UUID.randomUUID(), appId, app.name(),
                app.technicalContactEmail(), successor, request.reason().trim(), requestedBy, clock.instant(),
                ChangeStatus.AWAITING_APPROVAL, null, null, null);
        changes.insert(change);
        evidence.open(change.id(), TechnicalContactChangeProcess.CASE_TYPE);
        evidence.append(change.id(), new EvidenceEntry(requestedBy, "technical-contact.change-requested", "DONE",
                appId, app.name() + ": " + change.currentContactEmail() + " -> " + successor + "; reason: "
                        + change.reason()));
        runtime.startProcessInstanceByKey(TechnicalContactChangeProcess.KEY, change.id(),
                Variables.createVariables()
                    .putValue(Var.CHANGE_ID, change.id())
                    .putValue(Var.APP_ID, appId)
                    .putValue(Var.APP_NAME, app.name())
                    .putValue(Var.SUCCESSOR_EMAIL, successor)
                    .putValue(Var.CURRENT_CONTACT_EMAIL, app.technicalContactEmail())
                    .putValue(Var.CHANGE_REASON, change.reason())
                    .putValue(Var.REQUESTED_BY, requestedBy));
        return change;
    }

    TechnicalContactChange find(String appId, String id) {
        return changes.find(id)
            .filter(change -> change.appId().equals(appId))
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND,
                    "technical-contact-change-not-found", "Change not found",
                    "There is no technical-contact change " + id + " of app " + appId + ".")));
    }

    List<TechnicalContactChange> ofApp(String appId) {
        return changes.ofApp(appId);
    }

    private CloudApp cloudApp(String appId) {
        try {
            return platformCall(() -> platform.cloudApp(appId));
        }
        catch (MendixNotFoundException notFound) {
            throw new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "app-not-found", "App not found",
                    "Mendix Cloud has no app " + appId + " (Technical Contacts can only be changed for apps in "
                            + "Mendix Cloud)."));
        }
    }

    /** A platform call while answering a request: an outage is a 503 the client may retry, not a 500. */
    private static <T> T platformCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        }
        catch (MendixNotFoundException notFound) {
            throw notFound;
        }
        catch (MendixException failed) {
            throw new ApiProblemException(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "platform-unavailable",
                    "Mendix platform unavailable", "The Mendix platform did not answer (" + failed.getMessage()
                            + "); nothing was started. Try again later."));
        }
    }

}
