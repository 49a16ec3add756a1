package io.roster.onboarding;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.roster.evidence.EvidenceExport;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.MendixException;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * HR's onboarding API: start (JSON with the picture as base64, or multipart with the picture as a file), preview,
 * follow, cancel, and the evidence.
 */
@RestController
@RequestMapping("/api/onboardings")
@Tag(name = "Onboardings")
@Validated
class OnboardingController {

    private static final String ID = "{id:onb-[0-9a-f-]{36}}";

    private final OnboardingService onboardings;

    private final OnboardingRequests requests;

    private final EvidenceLog evidence;

    OnboardingController(OnboardingService onboardings, OnboardingRequests requests, EvidenceLog evidence) {
        this.onboardings = onboardings;
        this.requests = requests;
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Start an onboarding (JSON; picture as base64)",
            description = "201 with Location. A second active onboarding of the same e-mail answers 409 naming it. "
                    + "The picture must be a PNG or JPEG of at most roster.onboarding.max-picture-size.")
    ResponseEntity<OnboardingView> start(@RequestBody OnboardingRequest request,
            @Parameter(description = "Makes a retried POST answer the same case") @RequestHeader(
                    name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey,
            Authentication user) {
        return started(checked(requests.check(request)), idempotencyKey, user);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Start an onboarding (multipart: part \"onboarding\" as JSON, part \"picture\" as a file)")
    ResponseEntity<OnboardingView> startMultipart(@RequestPart("onboarding") OnboardingRequest request,
            @RequestPart(name = "picture", required = false) MultipartFile picture,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey,
            Authentication user) throws IOException {
        if (request.picture() != null) {
            throw new ApiProblemException(Problems.invalid(List.of(new FieldError("picture",
                    "send the picture either as the file part or inside the JSON, not both"))));
        }
        byte[] content = picture == null || picture.isEmpty() ? null : picture.getBytes();
        return started(checked(requests.check(request, picture == null ? null : picture.getContentType(), content)),
                idempotencyKey, user);
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "The plan Roster would follow now, without changing anything")
    OnboardingPreview preview(@RequestBody OnboardingRequest request) {
        return onboardings.preview(checked(requests.check(request)));
    }

    @GetMapping("/" + ID)
    @PreAuthorize("hasAnyRole('hr', 'platform-admins')")
    @Operation(summary = "An onboarding: status, plan with each line's outcome, open tasks, evidence")
    OnboardingView get(@PathVariable String id) {
        return onboardings.view(id);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('hr', 'platform-admins')")
    @Operation(summary = "Onboardings, newest first, optionally by status")
    List<OnboardingView.Summary> list(@RequestParam(required = false) OnboardingStatus status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return onboardings.list(status, limit, offset);
    }

    @DeleteMapping("/" + ID)
    @PreAuthorize("hasRole('hr')")
    @Operation(summary = "Cancel (offer withdrawn, start date moved away)",
            description = "202: team memberships and permissions Roster granted are removed, then the case ends "
                    + "CANCELLED. 409 once it ended.")
    ResponseEntity<OnboardingView> cancel(@PathVariable String id,
            @RequestParam(required = false) @Size(max = 500) String reason, Authentication user) {
        onboardings.cancel(id, reason, user.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(onboardings.view(id));
    }

    @GetMapping("/" + ID + "/picture")
    @PreAuthorize("hasAnyRole('hr', 'platform-admins')")
    @Operation(summary = "The profile picture HR sent, for the profile-picture task")
    ResponseEntity<byte[]> picture(@PathVariable String id) {
        Picture picture = onboardings.picture(id)
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "picture-not-found",
                    "No picture", "HR sent no picture with onboarding " + id + ".")));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(picture.contentType()))
            .header("X-Content-Type-Options", "nosniff")
            .body(picture.content());
    }

    @GetMapping(path = "/" + ID + "/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('hr', 'platform-admins', 'auditors')")
    @Operation(summary = "The case's evidence with the check that its chain is intact")
    EvidenceExport.Document evidence(@PathVariable String id) {
        onboardings.find(id);
        return EvidenceExport.document(evidence, id);
    }

    /** The platform did not answer a preview's look-up: the client may try again; nothing was started. */
    @ExceptionHandler(MendixException.class)
    ProblemDetail platformUnavailable(MendixException failed) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "platform-unavailable", "Mendix platform unavailable",
                "The Mendix platform did not answer (" + failed.getMessage() + "). Try again later.");
    }

    private ResponseEntity<OnboardingView> started(StartOnboarding command, String idempotencyKey,
            Authentication user) {
        Onboarding started;
        try {
            started = onboardings.start(command, user.getName(), idempotencyKey);
        }
        catch (DataIntegrityViolationException raced) {
            // a concurrent request won a unique index: the same key answers its case, else this one came second
            if (idempotencyKey != null) {
                Onboarding earlier = onboardings.repeated(idempotencyKey, OnboardingService.fingerprint(command))
                    .orElseThrow(() -> raced);
                return ResponseEntity.created(URI.create("/api/onboardings/" + earlier.id()))
                    .body(onboardings.view(earlier.id()));
            }
            throw new ApiProblemException(Problems.of(HttpStatus.CONFLICT, "onboarding-exists",
                    "Onboarding already active", command.email() + " already has an active onboarding."));
        }
        return ResponseEntity.created(URI.create("/api/onboardings/" + started.id()))
            .body(onboardings.view(started.id()));
    }

    private static StartOnboarding checked(OnboardingRequests.Checked checked) {
        if (!checked.valid()) {
            throw new ApiProblemException(Problems.invalid(checked.errors()));
        }
        return checked.command();
    }

}
