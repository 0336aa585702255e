package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The .xlsx a person downloads after an import: the rows that were refused, as they were in the file (same header,
 * same cells), with the row number they had and the reason in two extra columns, so that they can be corrected and
 * imported again. Written as a stream: a hundred rows in memory at a time, however many were refused.
 */
final class RejectedRowsReport {

    /** One refused row: the cells as read and why it was refused, in the reader's language. */
    record Rejected(SpreadsheetRow row, String reason) {
    }

    private static final int ROWS_IN_MEMORY = 100;

    private RejectedRowsReport() {
    }

    /**
     * Writes the report. {@code rowNumberHeader} and {@code reasonHeader} head the two added columns ("Row",
     * "Reason"), translated by the caller.
     */
    static void write(List<String> header, Iterable<Rejected> rejected, String rowNumberHeader, String reasonHeader,
                      OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet("Rejected");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                heading.createCell(column).setCellValue(header.get(column));
                heading.getCell(column).setCellStyle(bold);
            }
            heading.createCell(header.size()).setCellValue(rowNumberHeader);
            heading.createCell(header.size() + 1).setCellValue(reasonHeader);
            heading.getCell(header.size()).setCellStyle(bold);
            heading.getCell(header.size() + 1).setCellStyle(bold);
            sheet.createFreezePane(0, 1);
            int next = 1;
            for (Rejected refused : rejected) {
                Row row = sheet.createRow(next++);
                for (int column = 0; column < header.size(); column++) {
                    // every cell as text, as it was read: a corrected file must not turn codes into numbers
                    row.createCell(column).setCellValue(refused.row().cell(column));
                }
                row.createCell(header.size()).setCellValue(refused.row().number());
                row.createCell(header.size() + 1).setCellValue(refused.reason());
            }
            workbook.write(out);
        }
    }
}
