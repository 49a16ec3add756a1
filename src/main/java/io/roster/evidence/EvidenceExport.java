package io.roster.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import io.roster.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A case's evidence as auditors take it away: JSON with the chain check, or CSV. */
public final class EvidenceExport {

    static final String[] CSV_HEADER = { "case_id", "seq", "recorded_at", "actor", "step", "outcome", "subject",
            "detail", "prev_hash", "hash" };

    /** The JSON document: every record, and whether the chain is intact. */
    public record Document(String caseId, ChainVerification verification, List<EvidenceRecord> records) {
    }

    private EvidenceExport() {
    }

    public static Document document(EvidenceLog log, String caseId) {
        return new Document(caseId, log.verify(caseId), log.records(caseId));
    }

    /** CSV with a header row; cells that a spreadsheet would run as formulas are neutralised. */
    public static String csv(List<EvidenceRecord> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (EvidenceRecord record : records) {
                printer.printRecord(record.caseId(), record.seq(), record.recordedAt(),
                        SpreadsheetCells.neutralise(record.actor()), SpreadsheetCells.neutralise(record.step()),
                        record.outcome(), SpreadsheetCells.neutralise(record.subject()),
                        SpreadsheetCells.neutralise(record.detail()), record.previousHash(), record.hash());
            }
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return out.toString();
    }

}
