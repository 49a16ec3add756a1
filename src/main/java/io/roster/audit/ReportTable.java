package io.roster.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.roster.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report being written row by row as CSV or XLSX. XLSX goes through POI's streaming workbook, which keeps only a
 * window of rows in memory and the rest in a temporary file; CSV goes straight to the response. Every cell is
 * neutralised so that a spreadsheet program does not run it as a formula.
 */
abstract class ReportTable implements AutoCloseable {

    enum Format {

        CSV("text/csv; charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        static Format of(String extension) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            return null;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    static ReportTable open(Format format, OutputStream out, String sheetName, List<String> header) {
        ReportTable table = format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
        table.row(header);
        return table;
    }

    abstract void row(List<String> cells);

    @Override
    public abstract void close();

    private static final class Csv extends ReportTable {

        private final Writer writer;

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            }
            catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }

        @Override
        void row(List<String> cells) {
            try {
                for (String cell : cells) {
                    printer.print(SpreadsheetCells.neutralise(cell));
                }
                printer.println();
            }
            catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
                writer.flush();
            }
            catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }

    }

    private static final class Xlsx extends ReportTable {

        private final OutputStream out;

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

        private final Sheet sheet;

        private int rows;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
        }

        @Override
        void row(List<String> cells) {
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (value != null) {
                    row.createCell(i).setCellValue(SpreadsheetCells.neutralise(value));
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            }
            catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
            finally {
                try {
                    workbook.close();
                }
                catch (IOException ignored) {
                    // the temporary files are gone with close; nothing else to do
                }
            }
        }

    }

}
