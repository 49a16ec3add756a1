package io.roster.offboarding;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Starts offboardings from a CSV of leavers (one per row, header {@value #HEADER}). Every row is checked and started
 * on its own: a bad row is rejected with its reasons, the good ones start.
 */
@Component
class OffboardingBatch {

    static final String HEADER = "email,lastWorkingMoment,manager,defaultSuccessor,reason,hrReference";

    static final int MAX_ROWS = 1000;

    private static final Set<String> REQUIRED = Set.of("email", "lastWorkingMoment", "manager", "reason");

    /** The outcome of one row; {@code line} counts the header as line 1. */
    record Row(long line, String email, String outcome, String offboardingId, List<FieldError> errors) {
    }

    record Result(int started, int rejected, List<Row> rows) {
    }

    private final OffboardingRequests requests;

    private final OffboardingService offboardings;

    OffboardingBatch(OffboardingRequests requests, OffboardingService offboardings) {
        this.requests = requests;
        this.offboardings = offboardings;
    }

    Result start(String csv, String requestedBy) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get())) {
            requireHeader(parser.getHeaderNames());
            // read the whole file first: a file that is too long or unreadable further down starts nobody
            List<CSVRecord> records = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw invalid("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                records.add(record);
                lines.add(parser.getCurrentLineNumber());
            }
            for (int i = 0; i < records.size(); i++) {
                rows.add(startRow(records.get(i), lines.get(i), requestedBy));
            }
        }
        catch (IOException | IllegalArgumentException | java.io.UncheckedIOException unreadable) {
            throw invalid("file", "is not a readable CSV: " + unreadable.getMessage());
        }
        int started = (int) rows.stream().filter(row -> row.outcome().equals("STARTED")).count();
        return new Result(started, rows.size() - started, rows);
    }

    private Row startRow(CSVRecord record, long line, String requestedBy) {
        OffboardingRequest request;
        try {
            request = new OffboardingRequest(value(record, "email"), value(record, "lastWorkingMoment"),
                    value(record, "manager"), value(record, "defaultSuccessor"), reason(value(record, "reason")),
                    value(record, "hrReference"));
        }
        catch (IllegalArgumentException badReason) {
            return rejected(line, value(record, "email"), List.of(new FieldError("reason", "must be one of "
                    + java.util.Arrays.toString(LeavingReason.values()))));
        }
        OffboardingRequests.Checked checked = requests.check(request);
        if (!checked.valid()) {
            return rejected(line, request.email(), checked.errors());
        }
        try {
            OffboardingService.Started started = offboardings.start(checked.command(), requestedBy, null);
            return new Row(line, checked.command().email(), "STARTED", started.offboarding().id(), List.of());
        }
        catch (ApiProblemException problem) {
            return rejected(line, request.email(), List.of(new FieldError("email", problem.getProblem().getDetail())));
        }
        catch (DataIntegrityViolationException raced) {
            return rejected(line, request.email(), List.of(new FieldError("email", "already has an active offboarding")));
        }
    }

    private static Row rejected(long line, String email, List<FieldError> errors) {
        return new Row(line, email, "REJECTED", null, errors);
    }

    private static void requireHeader(List<String> names) {
        List<String> missing = REQUIRED.stream().filter(name -> !names.contains(name)).sorted().toList();
        if (!missing.isEmpty()) {
            throw invalid("file", "needs the header " + HEADER + "; missing: " + String.join(", ", missing));
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static LeavingReason reason(String value) {
        return value == null || value.isBlank() ? null : LeavingReason.valueOf(value.trim().toUpperCase());
    }

    private static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(Problems.invalid(List.of(new FieldError(field, message))));
    }

}
