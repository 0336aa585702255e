package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as a real workbook, streamed: a hundred rows in memory at a time (SXSSF), a bold frozen header with
 * an autofilter, widths that fit the longest value (up to a limit), dates and date-times as Excel dates, numbers
 * as numbers, and text that could pass for a formula marked as text with the quote-prefix style.
 */
final class XlsxTableSink implements TableSink {

    private static final int ROWS_IN_MEMORY = 100;
    /** Characters: wider columns wrap nothing and only push the rest out of sight. */
    private static final int MAX_WIDTH = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private SXSSFSheet sheet;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle quoted;
    private final CellStyle wrapped;
    private int[] widths = new int[0];
    private int nextRow;

    XlsxTableSink(String sheetName, OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(false);
        sheet = workbook.createSheet(safeSheetName(sheetName));
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    @Override
    public void header(List<String> names) {
        widths = new int[names.size()];
        Row row = sheet.createRow(nextRow++);
        for (int column = 0; column < names.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(names.get(column));
            cell.setCellStyle(bold);
            fit(column, names.get(column).length() + 2);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int column = 0; column < values.size(); column++) {
            fit(column, write(row, column, values.get(column)));
        }
    }

    /** Writes the value in its type; returns about how many characters it shows. */
    private int write(Row row, int column, Object value) {
        switch (value) {
            case null -> {
                return 0;
            }
            case Number number -> {
                row.createCell(column).setCellValue(number.doubleValue());
                return number.toString().length();
            }
            case LocalDate day -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(day);
                cell.setCellStyle(date);
                return 10;
            }
            case LocalDateTime time -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
                return 16;
            }
            case Boolean flag -> {
                row.createCell(column).setCellValue(flag);
                return 5;
            }
            default -> {
                String text = value.toString();
                if (text.isEmpty()) {
                    return 0;
                }
                Cell cell = row.createCell(column);
                cell.setCellValue(text);
                if (FormulaSafety.looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                } else if (text.indexOf('\n') >= 0) {
                    // an address block: one line under the other, as it will be printed
                    cell.setCellStyle(wrapped);
                }
                return text.lines().mapToInt(String::length).max().orElse(0);
            }
        }
    }

    private void fit(int column, int characters) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, characters));
        }
    }

    /**
     * Completes the current sheet (autofilter, widths) and goes on in a new one named {@code name}, which takes its
     * own header: for a workbook of several tables.
     */
    void nextSheet(String name) {
        completeSheet();
        sheet = workbook.createSheet(safeSheetName(name));
        widths = new int[0];
        nextRow = 0;
    }

    private void completeSheet() {
        if (widths.length > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widths.length - 1));
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, (widths[column] + 2) * 256);
            }
        }
    }

    @Override
    public void finish(String aboutSheet, List<List<?>> aboutLines) throws IOException {
        completeSheet();
        SXSSFSheet about = workbook.createSheet(safeSheetName(aboutSheet));
        int longestLabel = 10;
        int longestValue = 10;
        for (int line = 0; line < aboutLines.size(); line++) {
            Row row = about.createRow(line);
            List<?> values = aboutLines.get(line);
            Cell label = row.createCell(0);
            label.setCellValue(String.valueOf(values.get(0)));
            label.setCellStyle(bold);
            longestLabel = Math.max(longestLabel, String.valueOf(values.get(0)).length());
            longestValue = Math.max(longestValue, write(row, 1, values.size() > 1 ? values.get(1) : null));
        }
        about.setColumnWidth(0, Math.min(MAX_WIDTH, longestLabel + 2) * 256);
        about.setColumnWidth(1, Math.min(MAX_WIDTH * 2, longestValue + 2) * 256);
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // temporary files only
        }
    }

    /** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "Sheet" : cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
    }
}
