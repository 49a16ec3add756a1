package io.roster.onboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import io.roster.onboarding.OnboardingProcess.Var;
import io.roster.process.IdempotencyKeys;
import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR can do with onboardings: start (once per new hire while one is active), preview, follow, cancel. Each
 * change is recorded as evidence in the same transaction as the change itself.
 */
@Service
class OnboardingService {

    private final OnboardingCases cases;

    private final EvidenceLog evidence;

    private final RuntimeService runtime;

    private final TaskService tasks;

    private final MendixPlatform platform;

    private final AccountStatuses statuses;

    private final OnboardingPlanner planner;

    private final Clock clock;

    OnboardingService(OnboardingCases cases, EvidenceLog evidence, RuntimeService runtime, TaskService tasks,
            MendixPlatform platform, AccountStatuses statuses, OnboardingPlanner planner, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.runtime = runtime;
        this.tasks = tasks;
        this.platform = platform;
        this.statuses = statuses;
        this.planner = planner;
        this.clock = clock;
    }

    @Transactional
    Onboarding start(StartOnboarding command, String requestedBy) {
        return start(command, requestedBy, null);
    }

    /** Starts the onboarding, or answers the one a retried request with the same Idempotency-Key created. */
    @Transactional
    Onboarding start(StartOnboarding command, String requestedBy, String idempotencyKey) {
        String fingerprint = fingerprint(command);
        if (idempotencyKey != null) {
            Optional<Onboarding> earlier = repeated(idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        cases.findActive(command.email()).ifPresent(existing -> {
            throw alreadyActive(existing);
        });
        Onboarding onboarding = new Onboarding("onb-" + UUID.randomUUID(), command.email(), command.firstName(),
                command.lastName(), command.jobTitle(), command.department(), command.country(), command.location(),
                command.manager(), command.startDate(), command.hrReference(), requestedBy, clock.instant(),
                OnboardingStatus.WAITING_FOR_ACCOUNT, null, null, null);
        cases.insert(onboarding, idempotencyKey, fingerprint);
        if (command.picture() != null) {
            cases.savePicture(onboarding.id(), command.picture());
        }
        evidence.open(onboarding.id(), OnboardingProcess.CASE_TYPE);
        evidence.append(onboarding.id(), new EvidenceEntry(requestedBy, "onboarding.requested", "DONE",
                command.email(), onboarding.fullName() + "; " + command.jobTitle() + ", " + command.department()
                        + "; starts " + command.startDate() + "; manager " + command.manager()
                        + (command.hrReference() == null ? "" : "; HR reference " + command.hrReference())
                        + (command.picture() == null ? "" : "; picture " + command.picture().contentType() + ", "
                                + command.picture().content().length + " bytes")));
        String pictureHref = "/api/onboardings/" + onboarding.id() + "/picture";
        runtime.startProcessInstanceByKey(OnboardingProcess.KEY, onboarding.id(), Variables.createVariables()
            .putValue(Var.ONBOARDING_ID, onboarding.id())
            .putValue(Var.EMAIL, onboarding.email())
            .putValue(Var.NAME, onboarding.fullName())
            .putValue(Var.MANAGER, onboarding.manager())
            .putValue(Var.START_DATE, onboarding.startDate().toString())
            .putValue(Var.HAS_PICTURE, command.picture() != null)
            .putValue(Var.PICTURE_HREF, command.picture() == null ? null : pictureHref)
            .putValue("pictureInstructions", command.picture() == null
                    ? "HR sent no picture: ask the new hire to add one to their Mendix profile."
                    : "HR sent a picture: download it from Roster (" + pictureHref + ") and give it to the new hire "
                            + "to upload in their Mendix profile."));
        return onboarding;
    }

    OnboardingPreview preview(StartOnboarding command) {
        Optional<MendixAccount> account = platform.findAccount(command.email());
        String state = account.isEmpty() ? ResolveNewHireAccountDelegate.NONE
                : statuses.deactivated(command.email()) ? ResolveNewHireAccountDelegate.DEACTIVATED
                        : ResolveNewHireAccountDelegate.ACTIVE;
        List<String> steps = new ArrayList<>();
        switch (state) {
            case ResolveNewHireAccountDelegate.NONE -> steps.add("E-mail the sign-up instructions to "
                    + command.email() + ", then check for the account until it exists (reminder, then a task for HR)");
            case ResolveNewHireAccountDelegate.DEACTIVATED -> steps.add(platform.legacyUserManagementAvailable()
                    ? "Reactivate the account through the legacy User Management API"
                    : "Task for a platform admin: reactivate the account in the Control Center");
            default -> steps.add("The account is active: no sign-up needed");
        }
        List<PlanItem> plan = planner.plan(command.department(), command.jobTitle());
        plan.forEach(item -> steps.add(switch (item.kind()) {
            case TEAM -> "Add to the " + item.describe();
            case ENVIRONMENT -> "Set permissions in " + item.describe();
            case STEP -> "Task: " + item.describe();
        }));
        steps.add("Task for HR: the profile picture");
        steps.add("Welcome e-mail to the new hire, summary to " + command.manager());
        return new OnboardingPreview(command.email(), state, account.map(MendixAccount::userId).orElse(null), plan,
                steps);
    }

    @Transactional
    void cancel(String id, String reason, String actor) {
        Onboarding onboarding = find(id);
        if (!onboarding.status().active()) {
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "onboarding-ended", "Onboarding ended",
                    "This onboarding ended with status " + onboarding.status() + "."));
        }
        evidence.append(id, new EvidenceEntry(actor, "onboarding.cancel-requested", "DONE", onboarding.email(),
                reason == null || reason.isBlank() ? null : "Reason: " + reason));
        try {
            runtime.createMessageCorrelation(OnboardingProcess.Message.CANCELLED)
                .processInstanceBusinessKey(id)
                .correlate();
        }
        catch (MismatchingMessageCorrelationException noProcess) {
            // the case says active, but its process is gone (ended by an admin in Cockpit): nothing left to cancel
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "onboarding-ended", "Onboarding ended",
                    "This onboarding's process has ended; a platform admin can tell why in Cockpit."));
        }
    }

    Onboarding find(String id) {
        return cases.find(id).orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND,
                "onboarding-not-found", "Onboarding not found", "There is no onboarding " + id + ".")));
    }

    OnboardingView view(String id) {
        Onboarding onboarding = find(id);
        List<OnboardingView.OpenTask> open = tasks.createTaskQuery()
            .processInstanceBusinessKey(id)
            .processDefinitionKey(OnboardingProcess.KEY)
            .list()
            .stream()
            .map(task -> new OnboardingView.OpenTask(task.getId(), task.getName(), task.getAssignee()))
            .toList();
        return new OnboardingView(onboarding.id(), onboarding.email(), onboarding.firstName(),
                onboarding.lastName(), onboarding.jobTitle(), onboarding.department(), onboarding.country(),
                onboarding.location(), onboarding.manager(), onboarding.startDate(), onboarding.hrReference(),
                onboarding.requestedBy(), onboarding.requestedAt(), onboarding.status(), onboarding.userId(),
                onboarding.endedAt(), cases.picture(id).isPresent(), cases.plan(id), open,
                new OnboardingView.Evidence(evidence.records(id).size(), evidence.verify(id).intact(),
                        "/api/onboardings/" + id + "/evidence"),
                "/api/onboardings/" + id);
    }

    List<OnboardingView.Summary> list(OnboardingStatus status, int limit, int offset) {
        return cases.list(status, limit, offset).stream().map(OnboardingView.Summary::of).toList();
    }

    Optional<Picture> picture(String id) {
        find(id);
        return cases.picture(id);
    }

    /** The case of an earlier request with this key; a 422 when that request said something else. */
    Optional<Onboarding> repeated(String idempotencyKey, String fingerprint) {
        return cases.findByIdempotencyKey(idempotencyKey).map(earlier -> {
            IdempotencyKeys.requireSameRequest(earlier[1], fingerprint, "onboarding " + earlier[0]);
            return find(earlier[0]);
        });
    }

    /** What makes two requests the same request, for idempotency keys (the picture by its hash). */
    static String fingerprint(StartOnboarding command) {
        return IdempotencyKeys.fingerprint(command.email(), command.firstName(), command.lastName(),
                command.jobTitle(), command.department(), command.country(), command.location(), command.manager(),
                command.startDate().toString(), String.valueOf(command.hrReference()),
                command.picture() == null ? "-" : IdempotencyKeys.sha256(command.picture().content()));
    }

    private static ApiProblemException alreadyActive(Onboarding existing) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "onboarding-exists", "Onboarding already active",
                existing.email() + " already has an active onboarding: " + existing.id() + ".");
        problem.setProperty("existingOnboarding", existing.id());
        problem.setProperty("existingOnboardingHref", "/api/onboardings/" + existing.id());
        return new ApiProblemException(problem);
    }

}
