package io.roster.audit;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Access reviews: start one on demand, follow it, download its findings. */
@RestController
@Tag(name = "Access reviews")
class AccessReviewController {

    private final AccessReviewService service;

    private final AccessReviews reviews;

    private final Reports reports;

    AccessReviewController(AccessReviewService service, AccessReviews reviews, Reports reports) {
        this.service = service;
        this.reviews = reviews;
        this.reports = reports;
    }

    @PostMapping("/api/access-reviews")
    @PreAuthorize("hasRole('platform-admins')")
    @Operation(summary = "Start an access review now: inventory, comparison with the directory, findings; orphans go "
            + "to a platform admin to confirm in Tasklist")
    ResponseEntity<AccessReview> start(Authentication user) {
        AccessReview review = service.start(user.getName());
        return ResponseEntity.created(URI.create("/api/access-reviews/" + review.id())).body(review);
    }

    @GetMapping("/api/access-reviews")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "The 50 most recent access reviews, newest first")
    List<AccessReview> recent() {
        return reviews.recent(50);
    }

    @GetMapping("/api/access-reviews/{id}")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "One access review: status, counts, whether the brake tripped, who confirmed")
    AccessReview one(@PathVariable String id) {
        return service.find(id);
    }

    @GetMapping("/api/access-reviews/{id}/findings.{format}")
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "The review's findings as csv or xlsx: orphans, inactive accounts, externals, backup access")
    ResponseEntity<StreamingResponseBody> findings(@PathVariable String id, @PathVariable String format) {
        AccessReview review = service.find(id);
        return reports.findings(review, format);
    }

}
