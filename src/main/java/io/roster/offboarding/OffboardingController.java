package io.roster.offboarding;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.roster.evidence.EvidenceExport;
import io.roster.evidence.EvidenceLog;
import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's offboarding API: start, preview, follow, reschedule, cancel, start many from a CSV, and take the evidence away.
 */
@RestController
@RequestMapping("/api/offboardings")
@Tag(name = "Offboardings")
@Validated
class OffboardingController {

    private static final String ID = "{id:off-[0-9a-f-]{36}}";

    private final OffboardingService offboardings;

    private final OffboardingRequests requests;

    private final OffboardingQueries queries;

    private final OffboardingBatch batch;

    private final EvidenceLog evidence;

    OffboardingController(OffboardingService offboardings, OffboardingRequests requests, OffboardingQueries queries,
            OffboardingBatch batch, EvidenceLog evidence) {
        this.offboardings = offboardings;
        this.requests = requests;
        this.queries = queries;
        this.batch = batch;
        this.evidence = evidence;
    }

    @PostMapping
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Start an offboarding",
            description = "201 with Location. A second active offboarding of the same person answers 409 naming "
                    + "it; a retried request with the same Idempotency-Key answers the case it created.")
    ResponseEntity<OffboardingView> start(@RequestBody OffboardingRequest request,
            @Parameter(description = "Makes a retried POST answer the same case") @RequestHeader(
                    name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey,
            Authentication user) {
        StartOffboarding command = checked(request);
        OffboardingService.Started started;
        try {
            started = offboardings.start(command, user.getName(), idempotencyKey);
        }
        catch (DataIntegrityViolationException raced) {
            started = offboardings.afterLostRace(command, idempotencyKey, raced);
        }
        return ResponseEntity.created(URI.create("/api/offboardings/" + started.offboarding().id()))
            .body(queries.view(started.offboarding().id()));
    }

    @PostMapping("/preview")
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "The plan Roster would follow now, without changing anything")
    OffboardingPreview preview(@RequestBody OffboardingRequest request) {
        return offboardings.preview(checked(request));
    }

    @GetMapping("/" + ID)
    @PreAuthorize("hasAnyRole('hr', 'platform-admins')")
    @Operation(summary = "An offboarding: status, current steps, open tasks, plan, incidents, evidence")
    OffboardingView get(@PathVariable String id) {
        return queries.view(id);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('hr', 'platform-admins')")
    @Operation(summary = "Offboardings, newest first, optionally by status and leaver")
    List<OffboardingView.Summary> list(@RequestParam(required = false) OffboardingStatus status,
            @RequestParam(required = false) @Size(max = 200) String email,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return queries.list(status, email, limit, offset);
    }

    /** The change HR may make to a running offboarding. */
    record Reschedule(String lastWorkingMoment) {
    }

    @PatchMapping("/" + ID)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Move the last working moment (\"now\" makes it a termination)",
            description = "409 once the account is deactivated or being deactivated.")
    OffboardingView reschedule(@PathVariable String id, @RequestBody Reschedule change, Authentication user) {
        List<FieldError> errors = new ArrayList<>();
        if (change.lastWorkingMoment() == null || change.lastWorkingMoment().isBlank()) {
            errors.add(new FieldError("lastWorkingMoment", "must not be blank"));
        }
        OffsetDateTime moment = errors.isEmpty() ? requests.parseMoment(change.lastWorkingMoment(), errors) : null;
        if (!errors.isEmpty()) {
            throw new ApiProblemException(Problems.invalid(errors));
        }
        boolean termination = OffboardingRequests.NOW.equalsIgnoreCase(change.lastWorkingMoment().trim());
        offboardings.reschedule(id, moment, termination, user.getName());
        return queries.view(id);
    }

    @DeleteMapping("/" + ID)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Cancel before the account is deactivated",
            description = "202: Technical Contacts already handed over are given back, then the case ends "
                    + "CANCELLED. 409 with the reason once access was denied.")
    ResponseEntity<OffboardingView> cancel(@PathVariable String id,
            @RequestParam(required = false) @Size(max = 500) String reason, Authentication user) {
        offboardings.cancel(id, reason, user.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(queries.view(id));
    }

    @PostMapping(path = "/batch", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Start offboardings from a CSV of leavers",
            description = "Header: email,lastWorkingMoment,manager,defaultSuccessor,reason,hrReference. One result "
                    + "per row: started, or rejected with the reason; good rows start even if others are bad.")
    OffboardingBatch.Result startBatch(@RequestBody String csv, Authentication user) {
        return batch.start(csv, user.getName());
    }

    @GetMapping(path = "/" + ID + "/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('hr', 'platform-admins', 'auditors')")
    @Operation(summary = "The case's evidence with the check that its chain is intact (JSON, or CSV with Accept: "
            + "text/csv)")
    EvidenceExport.Document evidence(@PathVariable String id) {
        requireExists(id);
        return EvidenceExport.document(evidence, id);
    }

    @GetMapping(path = "/" + ID + "/evidence", produces = "text/csv")
    @PreAuthorize("hasAnyRole('hr', 'platform-admins', 'auditors')")
    ResponseEntity<String> evidenceCsv(@PathVariable String id) {
        requireExists(id);
        return ResponseEntity.ok()
            .header("Content-Disposition", "attachment; filename=\"" + id + "-evidence.csv\"")
            .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
            .body(EvidenceExport.csv(evidence.records(id)));
    }

    private void requireExists(String id) {
        if (!evidence.exists(id)) {
            throw OffboardingService.notFound(id);
        }
    }

    private StartOffboarding checked(OffboardingRequest request) {
        OffboardingRequests.Checked checked = requests.check(request);
        if (!checked.valid()) {
            throw new ApiProblemException(Problems.invalid(checked.errors()));
        }
        return checked.command();
    }

}
