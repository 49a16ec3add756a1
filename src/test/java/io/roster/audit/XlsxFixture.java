package io.roster.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real .xlsx files for the tests, written with POI the way Excel stores them: strings as shared strings, dates as
 * numbers with a date format, booleans as booleans. A {@code null} leaves the cell out, a row of nulls is an empty row.
 */
final class XlsxFixture {

    private final List<Object[]> sheets = new ArrayList<>();

    static XlsxFixture workbook() {
        return new XlsxFixture();
    }

    /** A sheet: name, then rows (each an Object[] of cells). */
    XlsxFixture sheet(String name, Object[]... rows) {
        sheets.add(new Object[] { name, rows });
        return this;
    }

    byte[] bytes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (Object[] definition : sheets) {
                Sheet sheet = workbook.createSheet((String) definition[0]);
                Object[][] rows = (Object[][]) definition[1];
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object value = rows[r][c];
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                        else if (value instanceof LocalDateTime time) {
                            cell.setCellValue(time);
                            cell.setCellStyle(moment);
                        }
                        else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        }
                        else if (value instanceof Boolean flag) {
                            cell.setCellValue(flag);
                        }
                        else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Object[] row(Object... cells) {
        return cells;
    }

}
