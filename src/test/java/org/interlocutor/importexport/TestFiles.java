package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real files, normal and hostile, written the way Excel and attackers would write them. */
final class TestFiles {

    private TestFiles() {
    }

    /** A workbook whose sheets hold these rows; a cell starting with "=" is a formula, a LocalDate a date. */
    static Path xlsx(Path folder, String name, List<SheetContent> sheets) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, sheets);
            workbook.write(out);
        }
        return file;
    }

    record SheetContent(String name, List<List<Object>> rows) {
    }

    static void fill(Workbook workbook, List<SheetContent> sheets) {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (SheetContent content : sheets) {
            Sheet sheet = workbook.createSheet(content.name());
            for (int r = 0; r < content.rows().size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = content.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        case String text when text.startsWith("=") -> cell.setCellFormula(text.substring(1));
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** A workbook of many rows, streamed out with SXSSF so that the test itself stays small in memory. */
    static Path largeXlsx(Path folder, int rows) throws IOException {
        Path file = folder.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Contacts");
            Row header = sheet.createRow(0);
            String[] names = {"First name", "Last name", "Email", "Organisation", "Notes"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Given" + r);
                row.createCell(1).setCellValue("Family" + r);
                row.createCell(2).setCellValue("person" + r + "@example.org");
                row.createCell(3).setCellValue("Organisation " + (r % 500));
                row.createCell(4).setCellValue("Met at the conference, follow up in spring " + r);
            }
            workbook.write(out);
        }
        return file;
    }

    /** The workbook encrypted with a password the way Excel does it (agile encryption in an OLE2 container). */
    static Path passwordProtected(Path folder, Path workbook) throws Exception {
        Path file = folder.resolve("protected.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(workbook, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path oldExcel(Path folder) throws IOException {
        Path file = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Contacts").createRow(0).createCell(0).setCellValue("Email");
            workbook.write(out);
        }
        return file;
    }

    /**
     * The workbook with its first sheet replaced by one of the same short row repeated until the sheet holds
     * {@code bytes} bytes: a few kilobytes compressed, many megabytes inflated.
     */
    static Path zipBomb(Path folder, Path workbook, int bytes) throws IOException {
        return withSheet(folder.resolve("bomb.xlsx"), workbook, "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>",
                bytes);
    }

    /** The workbook with its first sheet replaced by one whose single cell holds {@code characters} letters. */
    static Path hugeInlineCell(Path folder, Path workbook, int characters) throws IOException {
        return withSheet(folder.resolve("huge-cell.xlsx"), workbook, "a", characters);
    }

    private static Path withSheet(Path file, Path workbook, String repeated, int bytes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    boolean oneCell = !repeated.startsWith("<");
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                            + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + (oneCell ? "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" : "")).getBytes());
                    byte[] chunk = repeated.repeat(64 * 1024 / repeated.length()).getBytes();
                    for (int written = 0; written < bytes; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write(((oneCell ? "</t></is></c></row>" : "") + "</sheetData></worksheet>").getBytes());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** The workbook with thousands of extra, empty entries. */
    static Path manyEntries(Path folder, Path workbook, int extraEntries) throws IOException {
        Path file = folder.resolve("many.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (int i = 0; i < extraEntries; i++) {
                out.putNextEntry(new ZipEntry("xl/media/filler" + i + ".bin"));
                out.closeEntry();
            }
        }
        return file;
    }
}
