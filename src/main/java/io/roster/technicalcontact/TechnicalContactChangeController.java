package io.roster.technicalcontact;

import java.net.URI;
import java.util.List;

import io.roster.evidence.EvidenceExport;
import io.roster.evidence.EvidenceLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ask for a new Technical Contact of an app and follow the change. */
@RestController
@RequestMapping("/api/apps/{appId:[A-Za-z0-9-]{1,64}}/technical-contact-changes")
@Tag(name = "Technical-contact changes")
class TechnicalContactChangeController {

    private static final String ID = "{id:tcc-[0-9a-f-]{36}}";

    private final TechnicalContactChangeService service;

    private final EvidenceLog evidence;

    TechnicalContactChangeController(TechnicalContactChangeService service, EvidenceLog evidence) {
        this.service = service;
        this.evidence = evidence;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('managers', 'platform-admins')")
    @Operation(summary = "Ask for a new Technical Contact",
            description = "201 with Location. A platform admin approves in Tasklist; then the successor joins the "
                    + "team if needed and becomes Technical Contact. 409 while another change of the app is under "
                    + "way or when the successor is Technical Contact already.")
    ResponseEntity<ChangeView> start(@PathVariable String appId, @RequestBody ChangeRequest request,
            Authentication user) {
        ChangeView view = ChangeView.of(service.start(appId, request, user.getName()));
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping("/" + ID)
    @PreAuthorize("hasAnyRole('managers', 'platform-admins')")
    @Operation(summary = "A change: status, and the platform's reason when it refused")
    ChangeView get(@PathVariable String appId, @PathVariable String id) {
        return ChangeView.of(service.find(appId, id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('managers', 'platform-admins')")
    @Operation(summary = "The app's technical-contact changes, newest first")
    List<ChangeView> list(@PathVariable String appId) {
        return service.ofApp(appId).stream().map(ChangeView::of).toList();
    }

    @GetMapping("/" + ID + "/evidence")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "The change's evidence with the check that its chain is intact")
    EvidenceExport.Document evidence(@PathVariable String appId, @PathVariable String id) {
        service.find(appId, id);
        return EvidenceExport.document(evidence, id);
    }

}
