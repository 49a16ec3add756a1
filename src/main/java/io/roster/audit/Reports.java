package io.roster.audit;

import java.util.List;

import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Streams a review's stored rows into a CSV or XLSX download, row by row from the database. */
@Component
class Reports {

    private final AccessReviews reviews;

    Reports(AccessReviews reviews) {
        this.reviews = reviews;
    }

    ResponseEntity<StreamingResponseBody> memberInventory(AccessReview review, String extension) {
        ReportTable.Format format = format(extension);
        return download("member-inventory-" + review.id(), format, out -> {
            try (ReportTable table = ReportTable.open(format, out, "Members", ReportRows.MEMBER_HEADER)) {
                reviews.forEachMember(review.id(), member -> table.row(ReportRows.member(member)));
            }
        });
    }

    ResponseEntity<StreamingResponseBody> backupAccess(AccessReview review, String extension) {
        ReportTable.Format format = format(extension);
        return download("backup-access-" + review.id(), format, out -> {
            try (ReportTable table = ReportTable.open(format, out, "Backup access", ReportRows.BACKUP_HEADER)) {
                reviews.forEachBackupAccess(review.id(), access -> table.row(ReportRows.backup(access)));
            }
        });
    }

    ResponseEntity<StreamingResponseBody> findings(AccessReview review, String extension) {
        ReportTable.Format format = format(extension);
        return download("access-review-" + review.id(), format, out -> {
            try (ReportTable table = ReportTable.open(format, out, "Findings", ReportRows.FINDING_HEADER)) {
                reviews.forEachFinding(review.id(), finding -> table.row(ReportRows.finding(finding)));
            }
        });
    }

    private static ReportTable.Format format(String extension) {
        ReportTable.Format format = ReportTable.Format.of(extension);
        if (format == null) {
            throw new ApiProblemException(Problems.invalid(List.of(new FieldError("format",
                    "must be csv or xlsx, not '" + extension + "'"))));
        }
        return format;
    }

    private static ResponseEntity<StreamingResponseBody> download(String name, ReportTable.Format format,
            StreamingResponseBody body) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, format.contentType)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
            .body(body);
    }

}
