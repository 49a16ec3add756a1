package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: report cells that a spreadsheet program would run as a formula (starting with =, +, -, @, tab or CR) come
 * out of the CSV and XLSX reports as text with a leading apostrophe, and never as a formula cell.
 */
class ReportTableFormulaTests {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");

    @Test
    void csvCellsStartingLikeAFormulaAreText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportTable table = ReportTable.open(ReportTable.Format.CSV, out, "members", List.of("value"))) {
            FORMULAS.forEach(formula -> table.row(List.of(formula)));
        }
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180)) {
            parser.forEach(record -> cells.add(record.get(0)));
        }
        assertThat(cells.subList(1, cells.size())).hasSize(FORMULAS.size()).allMatch(cell -> cell.startsWith("'"));
    }

    @Test
    void xlsxCellsStartingLikeAFormulaAreTextNotFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportTable table = ReportTable.open(ReportTable.Format.XLSX, out, "members", List.of("value"))) {
            FORMULAS.forEach(formula -> table.row(List.of(formula)));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 1; i <= FORMULAS.size(); i++) {
                cells.add(workbook.getSheetAt(0).getRow(i).getCell(0));
            }
            assertThat(cells).allMatch(cell -> cell.getCellType() == CellType.STRING)
                .allMatch(cell -> cell.getStringCellValue().startsWith("'"));
        }
    }

}
