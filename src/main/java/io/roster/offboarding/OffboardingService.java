package io.roster.offboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import io.roster.offboarding.OffboardingProcess.Message;
import io.roster.offboarding.OffboardingProcess.Var;
import io.roster.process.IdempotencyKeys;
import io.roster.security.Roles;
import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR can do with offboardings: start (once per leaver, idempotent per key), preview, reschedule, cancel. Each
 * change is recorded as evidence in the same transaction as the change itself.
 */
@Service
class OffboardingService {

    private final OffboardingCases cases;

    private final EvidenceLog evidence;

    private final RuntimeService runtime;

    private final IdentityService identityService;

    private final MendixPlatform platform;

    private final AppInventory inventory;

    private final DispositionPolicy policy;

    private final Clock clock;

    OffboardingService(OffboardingCases cases, EvidenceLog evidence, RuntimeService runtime,
            IdentityService identityService, MendixPlatform platform, AppInventory inventory,
            DispositionPolicy policy, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.runtime = runtime;
        this.identityService = identityService;
        this.platform = platform;
        this.inventory = inventory;
        this.policy = policy;
        this.clock = clock;
    }

    /** The case and whether this call created it (false for a retried request with the same idempotency key). */
    record Started(Offboarding offboarding, boolean created) {
    }

    @Transactional
    Started start(StartOffboarding command, String requestedBy, String idempotencyKey) {
        String fingerprint = fingerprint(command);
        if (idempotencyKey != null) {
            Optional<OffboardingCases.IdempotentRequest> earlier = cases.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return repeated(earlier.get(), fingerprint);
            }
        }
        cases.findActive(command.email()).ifPresent(existing -> {
            throw alreadyActive(existing);
        });
        Offboarding offboarding = new Offboarding("off-" + UUID.randomUUID(), command.email(),
                command.lastWorkingMoment(), command.termination(), command.manager(), command.defaultSuccessor(),
                command.reason(), command.hrReference(), requestedBy, clock.instant(), OffboardingStatus.REQUESTED, null,
                null, null, null);
        cases.insert(offboarding, idempotencyKey, fingerprint);
        evidence.open(offboarding.id(), OffboardingProcess.CASE_TYPE);
        evidence.append(offboarding.id(), new EvidenceEntry(requestedBy, "offboarding.requested", "DONE",
                command.email(), describe(command)));
        runtime.startProcessInstanceByKey(OffboardingProcess.KEY, offboarding.id(), startVariables(offboarding));
        return new Started(offboarding, true);
    }

    /**
     * After {@link #start} lost a race (a unique index refused the insert and the transaction rolled back): answers
     * as if this request had come second.
     */
    @Transactional(readOnly = true)
    Started afterLostRace(StartOffboarding command, String idempotencyKey, DataIntegrityViolationException raced) {
        if (idempotencyKey != null) {
            Optional<OffboardingCases.IdempotentRequest> earlier = cases.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return repeated(earlier.get(), fingerprint(command));
            }
        }
        throw alreadyActive(cases.findActive(command.email()).orElseThrow(() -> raced));
    }

    OffboardingPreview preview(StartOffboarding command) {
        Optional<MendixAccount> account = platform.findAccount(command.email());
        if (account.isEmpty()) {
            return new OffboardingPreview(command.email(), false, null, command.lastWorkingMoment(),
                    command.termination(), List.of(), List.of());
        }
        String userId = account.get().userId();
        List<OffboardingPreview.AppPlan> apps = new ArrayList<>();
        for (AppFacts facts : inventory.of(userId).apps()) {
            DispositionPolicy.Proposal proposal = policy.propose(facts);
            apps.add(new OffboardingPreview.AppPlan(facts.appId(), facts.appName(), facts.summary(),
                    proposal.disposition(), proposal.reason(), PlannedCalls.forApp(facts, proposal.disposition())));
        }
        return new OffboardingPreview(command.email(), true, userId, command.lastWorkingMoment(),
                command.termination(), PlannedCalls.forAccess(userId, command.termination()), apps);
    }

    @Transactional
    Offboarding reschedule(String id, OffsetDateTime moment, boolean termination, String actor) {
        Offboarding offboarding = activeBeforeAccessDenied(id, "reschedule");
        ProcessInstance instance = instanceOf(id);
        boolean waitingForLastDay = !runtime.createEventSubscriptionQuery()
            .processInstanceId(instance.getId())
            .eventName(Message.RESCHEDULED)
            .list()
            .isEmpty();
        Map<String, Object> variables = Map.of(Var.ACCESS_ENDS_AT, Date.from(moment.toInstant()), Var.TERMINATION,
                termination);
        if (waitingForLastDay) {
            runtime.createMessageCorrelation(Message.RESCHEDULED)
                .processInstanceId(instance.getId())
                .setVariables(variables)
                .correlate();
        }
        else if (denyingAccess(instance)) {
            throw new ApiProblemException(conflict("deactivation-under-way", "Deactivation is under way",
                    "Roster is deactivating the account right now; the last working moment can no longer move."));
        }
        else {
            // still resolving the account: the access branch will read the new moment when it gets there
            runtime.setVariables(instance.getId(), variables);
        }
        cases.rescheduled(id, moment, termination);
        evidence.append(id, new EvidenceEntry(actor, "offboarding.rescheduled", "DONE", offboarding.leaverEmail(),
                "last working moment " + offboarding.lastWorkingMoment() + " -> "
                        + (termination ? "now (termination)" : moment)));
        return cases.find(id).orElseThrow();
    }

    @Transactional
    Offboarding cancel(String id, String reason, String actor) {
        Offboarding offboarding = activeBeforeAccessDenied(id, "cancel");
        ProcessInstance instance = instanceOf(id);
        if (denyingAccess(instance)) {
            throw new ApiProblemException(conflict("deactivation-under-way", "Deactivation is under way",
                    "Roster is deactivating the account right now; the offboarding can no longer be cancelled."));
        }
        evidence.append(id, new EvidenceEntry(actor, "offboarding.cancel-requested", "DONE",
                offboarding.leaverEmail(), reason == null || reason.isBlank() ? null : "Reason: " + reason));
        runtime.createMessageCorrelation(Message.CANCELLED).processInstanceId(instance.getId()).correlate();
        return cases.find(id).orElseThrow();
    }

    private Offboarding activeBeforeAccessDenied(String id, String what) {
        Offboarding offboarding = cases.find(id).orElseThrow(() -> notFound(id));
        if (offboarding.accessDeniedAt() != null) {
            throw new ApiProblemException(conflict("access-already-denied", "Access already denied",
                    "The account was deactivated at " + offboarding.accessDeniedAt() + "; Roster cannot " + what
                            + " this offboarding any more. The hand-over goes on; platform admins can step in "
                            + "in Cockpit."));
        }
        if (!offboarding.status().active()) {
            throw new ApiProblemException(conflict("offboarding-ended", "Offboarding ended",
                    "This offboarding ended with status " + offboarding.status() + "."));
        }
        return offboarding;
    }

    private boolean denyingAccess(ProcessInstance instance) {
        return runtime.createExecutionQuery()
            .processInstanceId(instance.getId())
            .activityId(OffboardingProcess.Task.DEACTIVATE_ACCOUNT)
            .count() > 0
                || runtime.createExecutionQuery()
                    .processInstanceId(instance.getId())
                    .activityId(OffboardingProcess.Element.DENY_ACCESS)
                    .count() > 0;
    }

    private ProcessInstance instanceOf(String id) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
            .processDefinitionKey(OffboardingProcess.KEY)
            .processInstanceBusinessKey(id)
            .singleResult();
        if (instance == null) {
            throw new ApiProblemException(conflict("offboarding-ended", "Offboarding ended",
                    "This offboarding's process has ended."));
        }
        return instance;
    }

    private Map<String, Object> startVariables(Offboarding offboarding) {
        String reviewer = reviewerOf(offboarding.manager());
        return Variables.createVariables()
            .putValue(Var.OFFBOARDING_ID, offboarding.id())
            .putValue(Var.LEAVER_EMAIL, offboarding.leaverEmail())
            .putValue(Var.ACCESS_ENDS_AT, Date.from(offboarding.lastWorkingMoment().toInstant()))
            .putValue(Var.TERMINATION, offboarding.termination())
            .putValue(Var.ACCESS_DENIED, false)
            .putValue(Var.DEFAULT_SUCCESSOR, offboarding.defaultSuccessor())
            // a manager Roster does not know as a user cannot see Tasklist: platform admins review instead
            .putValue(Var.REVIEWER_CANDIDATES, reviewer == null ? List.of() : List.of(reviewer))
            .putValue(Var.REVIEWER_GROUPS, reviewer == null ? List.of(Roles.PLATFORM_ADMINS) : List.of());
    }

    /** The Roster user id of the manager given as a user id or an e-mail address, or null. */
    private String reviewerOf(String manager) {
        if (!manager.contains("@")) {
            return manager;
        }
        List<User> users = identityService.createUserQuery().userEmail(manager).list();
        return users.size() == 1 ? users.get(0).getId() : null;
    }

    private Started repeated(OffboardingCases.IdempotentRequest earlier, String fingerprint) {
        IdempotencyKeys.requireSameRequest(earlier.requestFingerprint(), fingerprint,
                "offboarding " + earlier.offboardingId());
        return new Started(cases.find(earlier.offboardingId()).orElseThrow(), false);
    }

    static ApiProblemException notFound(String id) {
        return new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "offboarding-not-found",
                "Offboarding not found", "There is no offboarding " + id + "."));
    }

    private static ApiProblemException alreadyActive(Offboarding existing) {
        ProblemDetail problem = conflict("offboarding-exists", "Offboarding already active",
                existing.leaverEmail() + " already has an active offboarding: " + existing.id() + ".");
        problem.setProperty("existingOffboarding", existing.id());
        problem.setProperty("existingOffboardingHref", "/api/offboardings/" + existing.id());
        return new ApiProblemException(problem);
    }

    private static ProblemDetail conflict(String type, String title, String detail) {
        return Problems.of(HttpStatus.CONFLICT, type, title, detail);
    }

    private static String describe(StartOffboarding command) {
        return "last working moment " + (command.termination() ? "now (termination)" : command.lastWorkingMoment())
                + "; manager " + command.manager() + "; reason " + command.reason()
                + (command.defaultSuccessor() == null ? "" : "; default successor " + command.defaultSuccessor())
                + (command.hrReference() == null ? "" : "; HR reference " + command.hrReference());
    }

    /** What makes two requests the same request, for idempotency keys ("now" stays "now"). */
    private static String fingerprint(StartOffboarding command) {
        return IdempotencyKeys.fingerprint(command.email(),
                command.termination() ? "now" : command.lastWorkingMoment().toInstant().toString(), command.manager(),
                String.valueOf(command.defaultSuccessor()), command.reason().name(),
                String.valueOf(command.hrReference()));
    }


}
