package io.roster.audit;

import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit reports as downloads, from the latest access review's inventory unless a review is named. */
@RestController
@Tag(name = "Reports")
class ReportsController {

    private final AccessReviews reviews;

    private final AccessReviewService service;

    private final Reports reports;

    ReportsController(AccessReviews reviews, AccessReviewService service, Reports reports) {
        this.reviews = reviews;
        this.service = service;
        this.reports = reports;
    }

    @GetMapping("/api/reports/member-inventory.{format}")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "Member inventory (csv or xlsx): every internal and external member with the export's "
            + "properties, apps with role and Technical Contact flag; 'no source: ...' where no source had a value")
    ResponseEntity<StreamingResponseBody> memberInventory(@PathVariable String format,
            @RequestParam(required = false) String review) {
        return reports.memberInventory(review(review), format);
    }

    @GetMapping("/api/reports/backup-access.{format}")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "Backup access (csv or xlsx): per Mendix Cloud app and environment, who may manage backups "
            + "and use the API (Deploy v4), beside what their project role allows (Projects API)")
    ResponseEntity<StreamingResponseBody> backupAccess(@PathVariable String format,
            @RequestParam(required = false) String review) {
        return reports.backupAccess(review(review), format);
    }

    private AccessReview review(String id) {
        if (id != null) {
            return service.find(id);
        }
        return reviews.latestWithInventory()
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "inventory-missing",
                    "No inventory yet", "No access review has built an inventory yet; start one with "
                            + "POST /api/access-reviews.")));
    }

}
