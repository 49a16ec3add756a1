package io.roster.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import io.roster.identity.ControlCenterMember;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the Control Center members export (.xlsx) row by row with POI's streaming (SAX) reader, so a large export is
 * never a whole workbook in memory. Every sheet is read; its first non-empty row is the header. Empty rows are
 * skipped; rows without an e-mail address, repeated addresses and unreadable cells are reported, never guessed.
 * Dates may be real date cells (taken as UTC) or text in ISO form ({@code 2017-05-12}, {@code 2026-11-26T16:40:11Z},
 * {@code 2026-11-26 16:40}) or {@code 12 May 2017}; day/month orders like {@code 05/12/2017} are ambiguous and
 * reported.
 */
class ControlCenterExportReader {

    static final int MAX_WARNINGS = 100;

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The reading failed as a whole: not an .xlsx file, or no e-mail column anywhere. */
    static class UnreadableExportException extends RuntimeException {

        UnreadableExportException(String message, Throwable cause) {
            super(message, cause);
        }

    }

    private final Instant importedAt;

    ControlCenterExportReader(Instant importedAt) {
        this.importedAt = importedAt;
    }

    ExportReading read(InputStream xlsx, Consumer<ControlCenterMember> each) {
        Sheets state = new Sheets(each);
        try (OPCPackage workbook = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    state.startSheet(sheets.getSheetName());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            state, new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException unreadable) {
            throw new UnreadableExportException("The file is not an .xlsx workbook (" + unreadable.getMessage() + ").",
                    unreadable);
        }
        if (!state.anyEmailColumn) {
            throw new UnreadableExportException("No sheet has an Email column; Roster cannot tell whose rows these are.",
                    null);
        }
        Set<String> missing = new LinkedHashSet<>();
        for (ExportColumn column : ExportColumn.values()) {
            if (!state.seenColumns.contains(column)) {
                missing.add(column.header);
            }
        }
        return new ExportReading(state.members, List.copyOf(state.sheetNames), List.copyOf(state.unknown),
                List.copyOf(missing), List.copyOf(state.warnings), state.warningCount);
    }

    /** Follows the rows of each sheet: header first, then members. */
    private final class Sheets implements XSSFSheetXMLHandler.SheetContentsHandler {

        final Consumer<ControlCenterMember> each;

        Sheets(Consumer<ControlCenterMember> each) {
            this.each = each;
        }

        final List<String> sheetNames = new ArrayList<>();

        final Set<String> unknown = new LinkedHashSet<>();

        final Set<ExportColumn> seenColumns = new HashSet<>();

        final Set<String> emails = new HashSet<>();

        final List<String> warnings = new ArrayList<>();

        int warningCount;

        int members;

        boolean anyEmailColumn;

        String sheetName;

        Map<Integer, ExportColumn> header;

        final Map<Integer, String> row = new HashMap<>();

        int nextColumn;

        void startSheet(String name) {
            sheetName = name;
            sheetNames.add(name);
            header = null;
        }

        @Override
        public void startRow(int rowNum) {
            row.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (value != null && !value.isBlank()) {
                row.put(column, value.trim());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (row.isEmpty()) {
                return;
            }
            if (header == null) {
                readHeader();
                return;
            }
            if (header.isEmpty()) {
                return;
            }
            member(rowNum + 1);
        }

        private void readHeader() {
            header = new HashMap<>();
            row.forEach((index, name) -> ExportColumn.of(name).ifPresentOrElse(column -> {
                header.put(index, column);
                seenColumns.add(column);
            }, () -> unknown.add(name)));
            if (!header.containsValue(ExportColumn.EMAIL)) {
                warn(sheetName + ": no Email column, sheet skipped");
                header = Map.of();
            }
            else {
                anyEmailColumn = true;
            }
        }

        private void member(int line) {
            Map<ExportColumn, String> cells = new EnumMap<>(ExportColumn.class);
            header.forEach((index, column) -> {
                String value = row.get(index);
                if (value != null) {
                    cells.put(column, value);
                }
            });
            String where = sheetName + " row " + line;
            String email = cells.get(ExportColumn.EMAIL);
            if (email == null || !email.contains("@")) {
                warn(where + ": no e-mail address, row skipped");
                return;
            }
            email = email.toLowerCase(Locale.ROOT);
            if (!emails.add(email)) {
                warn(where + ": " + email + " was listed before, row skipped");
                return;
            }
            String status = cells.getOrDefault(ExportColumn.STATUS, seenColumns.contains(ExportColumn.STATUS) ? null
                    : sheetName);
            each.accept(new ControlCenterMember(email, cells.get(ExportColumn.NAME), status,
                    cells.get(ExportColumn.CERTIFICATION), date(where, cells.get(ExportColumn.SIGNUP_DATE)),
                    number(where, cells.get(ExportColumn.NUMBER_OF_APPS)),
                    flag(where, cells.get(ExportColumn.MENDIX_ADMIN)), cells.get(ExportColumn.JOB_TITLE),
                    cells.get(ExportColumn.COUNTRY), cells.get(ExportColumn.LOCATION), cells.get(ExportColumn.UUID),
                    moment(where, cells.get(ExportColumn.LAST_ACTIVITY)), cells.get(ExportColumn.COMPANY),
                    importedAt));
            members++;
        }

        private LocalDate date(String where, String value) {
            if (value == null) {
                return null;
            }
            try {
                return value.length() == 10 ? LocalDate.parse(value) : LocalDate.parse(value, WRITTEN);
            }
            catch (DateTimeParseException notIso) {
                Instant moment = moment(null, value);
                if (moment != null) {
                    return LocalDate.ofInstant(moment, ZoneOffset.UTC);
                }
                warn(where + ": SignupDate '" + value + "' is not a date (yyyy-MM-dd), left without a value");
                return null;
            }
        }

        private Instant moment(String where, String value) {
            if (value == null) {
                return null;
            }
            for (java.util.function.Function<String, Instant> form : List.<java.util.function.Function<String, Instant>>of(
                    text -> OffsetDateTime.parse(text).toInstant(),
                    text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
                    text -> LocalDateTime.parse(text, SPACED).toInstant(ZoneOffset.UTC),
                    text -> LocalDate.parse(text).atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC))) {
                try {
                    return form.apply(value);
                }
                catch (DateTimeParseException tryNext) {
                    // next form
                }
            }
            if (where != null) {
                warn(where + ": LastActivity '" + value + "' is not a moment (ISO 8601), left without a value");
            }
            return null;
        }

        private Integer number(String where, String value) {
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value).intValueExact();
            }
            catch (NumberFormatException | ArithmeticException notWhole) {
                warn(where + ": NumberOfApps '" + value + "' is not a whole number, left without a value");
                return null;
            }
        }

        private Boolean flag(String where, String value) {
            if (value == null) {
                return null;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> {
                    return true;
                }
                case "false", "no", "n", "0" -> {
                    return false;
                }
                default -> {
                    warn(where + ": MendixAdmin '" + value + "' is not yes/no, left without a value");
                    return null;
                }
            }
        }

        private void warn(String warning) {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(warning);
            }
        }

    }

    /** Date cells as ISO text (taken as UTC; Excel has no time zone), numbers without grouping or exponent. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904);
                return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? moment.toLocalDate().toString()
                        : moment.toInstant(ZoneOffset.UTC).toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

    }

}
