package io.roster.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of the Control Center members export, the one source of member properties no Mendix API returns. */
@RestController
@Tag(name = "Reports")
class ControlCenterExportController {

    static final String PATH = "/api/reports/control-center-export";

    private final ControlCenterExports exports;

    ControlCenterExportController(ControlCenterExports exports) {
        this.exports = exports;
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('platform-admins')")
    @Operation(summary = "Import a Control Center members export (.xlsx, form field 'file'); it replaces the previous "
            + "one. The answer lists unknown and missing columns and unreadable rows.")
    ResponseEntity<ControlCenterExports.ExportImport> upload(@RequestParam(required = false) MultipartFile file,
            Authentication user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ApiProblemException(Problems.invalid(List.of(new FieldError("file",
                    "attach the Control Center members export (.xlsx) as form field 'file'"))));
        }
        try (InputStream xlsx = file.getInputStream()) {
            ControlCenterExports.ExportImport imported = exports.importExport(xlsx, file.getOriginalFilename(),
                    user.getName());
            return ResponseEntity.created(URI.create(PATH)).body(imported);
        }
        catch (ControlCenterExportReader.UnreadableExportException unreadable) {
            throw new ApiProblemException(Problems.of(HttpStatus.BAD_REQUEST, "export-unreadable",
                    "Export not readable", unreadable.getMessage() + " Nothing was imported; the previous export "
                            + "stays in use."));
        }
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAnyRole('platform-admins', 'auditors')")
    @Operation(summary = "The latest imported export: when, by whom, and what reading it found")
    ControlCenterExports.ExportImport latest() {
        return exports.latest()
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "export-missing",
                    "No export imported", "No Control Center members export has been imported yet; upload one with "
                            + "POST " + PATH + ".")));
    }

}
