package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files exports write: real spreadsheets, and never a formula, whatever people typed into a record. */
class TableSinkTest {

    /** What people (or attackers) type that a spreadsheet program would run as a formula. */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3",
            "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "\n=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)",
            "=cmd|' /C calc'!A0");

    private static XSSFWorkbook xlsx(List<List<?>> rows) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes(rows)));
    }

    private static byte[] xlsxBytes(List<List<?>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableSink sink = new XlsxTableSink("Contacts", out)) {
            sink.header(List.of("Name", "Met on", "Influence"));
            for (List<?> row : rows) {
                sink.row(row);
            }
            sink.finish("About", List.of(List.of("Rows", rows.size()), List.of("By", "Ana (ana)")));
        }
        return out.toByteArray();
    }

    @Test
    void aWorkbookHasABoldFrozenFilteredHeaderTypedCellsFittingWidthsAndASheetAboutTheExport() throws Exception {
        try (XSSFWorkbook workbook = xlsx(List.of(
                List.of("Amina Diallo, Permanent Mission of Senegal", LocalDate.of(2026, 3, 4), 4),
                java.util.Arrays.asList("Li Wei", LocalDateTime.of(2026, 3, 5, 14, 30), null)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Contacts");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
            Cell date = sheet.getRow(1).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(sheet.getRow(2).getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 30));
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2))
                    .isEqualTo((42 + 2) * 256);
            Sheet about = workbook.getSheet("About");
            assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rows");
            assertThat(about.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ana (ana)");
        }
    }

    @Test
    void anExportedWorkbookHoldsNoFormulaAnywhereInItsXml() throws Exception {
        List<List<?>> rows = new java.util.ArrayList<>();
        HOSTILE.forEach(value -> rows.add(List.of(value, value, value)));
        byte[] bytes = xlsxBytes(rows);

        int sheets = 0;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(file, bytes);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheets++;
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as(entry.getName()).doesNotContain("<f>").doesNotContain("<f ")
                            .doesNotContain("t=\"e\"");
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheets).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void eachHostileValueIsPlainTextWithTheQuotePrefixInXlsxAndAnApostropheInCsv(int which) throws Exception {
        String hostile = HOSTILE.get(which);

        try (XSSFWorkbook workbook = xlsx(List.of(List.of(hostile, "", "")))) {
            Cell cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hostile);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableSink sink = new CsvTableSink(out)) {
            sink.row(List.of(hostile, "plain"));
            sink.finish("About", List.of());
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        String field = csv.substring(1, csv.lastIndexOf(",plain"));
        assertThat(field.startsWith("'") || field.startsWith("\"'")).as(field).isTrue();
        assertThat(FormulaSafety.restored(FormulaSafety.neutralised(hostile))).isEqualTo(hostile);
    }

    @Test
    void ordinaryTextIsLeftAsItIs() throws Exception {
        try (XSSFWorkbook workbook = xlsx(List.of(List.of("Amina", "", "")))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
        assertThat(FormulaSafety.neutralised("Amina = chair")).isEqualTo("Amina = chair");
        assertThat(FormulaSafety.restored("'tis the season")).isEqualTo("'tis the season");
    }

    @Test
    void aCsvExportStartsWithAByteOrderMarkSoExcelReadsTheAccents() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableSink sink = new CsvTableSink(out)) {
            sink.header(List.of("Prénom", "Rencontré le"));
            sink.row(List.of("Hélène", LocalDate.of(2026, 3, 4)));
            sink.finish("About", List.of());
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFPrénom,Rencontré le\r\nHélène,2026-03-04\r\n");
    }
}
