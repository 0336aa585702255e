package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RejectedRowsReportTest {

    @Test
    void theReportKeepsTheRowsAsReadAndAddsTheirNumberAndReason() throws Exception {
        List<String> header = List.of("Prénom", "Nom", "Courriel", "Code");
        List<RejectedRowsReport.Rejected> rejected = List.of(
                new RejectedRowsReport.Rejected(new SpreadsheetRow(4, List.of("Amina", "", "amina@example", "007")),
                        "Nom : valeur obligatoire manquante"),
                new RejectedRowsReport.Rejected(new SpreadsheetRow(9, List.of("Omar")),
                        "Courriel : adresse invalide"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RejectedRowsReport.write(header, rejected, "Ligne", "Motif", out);

        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Ligne");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Motif");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Amina");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("007");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Nom : valeur obligatoire manquante");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(9);
        }
    }

    @Test
    void aReportOfManyRowsReadsBackThroughTheStreamingReader() throws Exception {
        List<String> header = List.of("Name", "Email");
        List<RejectedRowsReport.Rejected> rejected = java.util.stream.IntStream.rangeClosed(2, 5001)
                .mapToObj(n -> new RejectedRowsReport.Rejected(
                        new SpreadsheetRow(n, List.of("Person " + n, "bad" + n)), "Bad email"))
                .toList();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("rejected", ".xlsx");
        try {
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                RejectedRowsReport.write(header, rejected, "Row", "Reason", out);
            }
            java.util.List<SpreadsheetRow> rows = new java.util.ArrayList<>();
            try (var in = java.nio.file.Files.newInputStream(file);
                 UploadedSpreadsheet sheet = new SpreadsheetFiles(ImportLimits.DEFAULTS).open(in, "rejected.xlsx")) {
                sheet.read(sheet.sheetNames().getFirst(), rows::add);
            }
            assertThat(rows).hasSize(5001);
            assertThat(rows.getLast().cells()).containsExactly("Person 5001", "bad5001", "5001", "Bad email");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
