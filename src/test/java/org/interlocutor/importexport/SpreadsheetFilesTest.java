package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.interlocutor.importexport.TestFiles.SheetContent;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded files, normal and hostile, opened as an import would open them. */
class SpreadsheetFilesTest {

    @TempDir
    Path folder;

    @TempDir
    Path uploads;

    private SpreadsheetFiles files;

    @BeforeEach
    void copyUploadsToTheirOwnFolder() {
        files = new SpreadsheetFiles(ImportLimits.DEFAULTS, uploads);
    }

    // --- .xlsx ---

    @Test
    void anXlsxWorkbookListsItsSheetsAndReadsTheChosenOneRowByRow() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "contacts.xlsx", List.of(
                new SheetContent("Read me", List.of(List.of("Exported from the old CRM"))),
                new SheetContent("Contacts", List.of(
                        List.of("Prénom", "Nom", "Courriel"),
                        List.of("Amélie", "Durand", "amelie@example.org"),
                        List.of(),
                        Arrays.asList("Jean", null, "jean@example.org")))));

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            assertThat(spreadsheet.sheetNames()).containsExactly("Read me", "Contacts");
            assertThat(readAll(spreadsheet, "Contacts")).containsExactly(
                    new SpreadsheetRow(1, List.of("Prénom", "Nom", "Courriel")),
                    new SpreadsheetRow(2, List.of("Amélie", "Durand", "amelie@example.org")),
                    new SpreadsheetRow(4, List.of("Jean", "", "jean@example.org")));
        }
    }

    @Test
    void aFormulaGivesTheValueExcelSavedAndADateComesAsIsoWhateverItsFormat() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "values.xlsx", List.of(new SheetContent("Sheet", List.of(
                List.of("Name", "Met on", "Count"),
                List.of("=CONCATENATE(\"Ada\",\" \",\"Lovelace\")", LocalDate.of(2024, 3, 7), 42)))));

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            assertThat(readAll(spreadsheet, "Sheet")).last()
                    .isEqualTo(new SpreadsheetRow(2, List.of("Ada Lovelace", "2024-03-07", "42")));
        }
    }

    @Test
    void aNumberInGeneralFormatComesWithAllItsDigitsNotInScientificNotation() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "numbers.xlsx", List.of(new SheetContent("Sheet", List.of(
                List.of("Phone", "ID", "Share"),
                List.of(221771234567L, 12.0, 0.1 + 0.2)))));

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            assertThat(readAll(spreadsheet, "Sheet").get(1).cells()).containsExactly("221771234567", "12", "0.3");
        }
    }

    @Test
    void firstRowsStopsReadingAfterTheRowsAskedFor() throws Exception {
        Path workbook = TestFiles.largeXlsx(folder, 1_000);

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            List<SpreadsheetRow> rows = spreadsheet.firstRows("Contacts", 3);

            assertThat(rows).extracting(SpreadsheetRow::number).containsExactly(1, 2, 3);
            assertThat(HeaderRow.find(rows).names()).containsExactly("First name", "Last name", "Email",
                    "Organisation", "Notes");
        }
    }

    @Test
    void aHundredThousandRowsAreReadWithFlatMemory() throws Exception {
        Path workbook = TestFiles.largeXlsx(folder, 100_000);
        Runtime runtime = Runtime.getRuntime();
        List<Long> usedMemory = new ArrayList<>();
        int[] rows = {0};

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            spreadsheet.read("Contacts", row -> {
                if (++rows[0] % 20_000 == 0) {
                    System.gc();
                    usedMemory.add(runtime.totalMemory() - runtime.freeMemory());
                }
            });
        }

        assertThat(rows[0]).isEqualTo(100_001);
        // An in-memory workbook of this size takes well over 100 MB; streaming keeps what is held constant.
        long growth = usedMemory.getLast() - usedMemory.getFirst();
        assertThat(growth).as("heap growth between row 20,000 and row 100,000").isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aSheetThatDoesNotExistIsRefused() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "one.xlsx", List.of(new SheetContent("Contacts", List.of())));

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            assertProblem(() -> readAll(spreadsheet, "Other"), "importexport.sheet.not-found");
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "plain.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email")))));

        assertProblem(() -> open(TestFiles.passwordProtected(folder, workbook)),
                "importexport.file.password-protected");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithWhatToDo() {
        assertProblem(() -> open(TestFiles.oldExcel(folder)), "importexport.file.old-excel");
    }

    @Test
    void aZipBombIsRefusedWhileInflating() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "plain.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email")))));
        Path bomb = TestFiles.zipBomb(folder, workbook, 50_000_000);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        try (UploadedSpreadsheet spreadsheet = open(bomb)) {
            assertProblem(() -> readAll(spreadsheet, "Contacts"), "importexport.file.zip-bomb");
        }
    }

    @Test
    void aHugeInlineCellIsRefusedBeforeItIsHeldInMemory() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "plain.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email")))));
        Path huge = TestFiles.hugeInlineCell(folder, workbook, 5_000_000);

        try (UploadedSpreadsheet spreadsheet = open(huge)) {
            assertThatThrownBy(() -> readAll(spreadsheet, "Contacts"))
                    .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                        assertThat(problem.messageKey()).isEqualTo("importexport.limit.cell");
                        assertThat(problem.arguments()).containsExactly(1, "A", 32_767);
                    });
        }
    }

    @Test
    void aZipOfThousandsOfEntriesIsRefused() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "plain.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email")))));

        assertProblem(() -> open(TestFiles.manyEntries(folder, workbook, 5_000)),
                "importexport.file.too-many-entries");
    }

    @Test
    void aDamagedZipIsRefusedAsCorrupt() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "plain.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email")))));
        byte[] bytes = Files.readAllBytes(workbook);
        Path truncated = Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertProblem(() -> open(truncated), "importexport.file.corrupt");
    }

    @Test
    void aCellBeyondTheLimitIsRefusedNamingItsRowAndColumn() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "long.xlsx", List.of(new SheetContent("Contacts", List.of(
                List.of("Email", "Notes"),
                List.of("a@example.org", "x".repeat(101))))));
        SpreadsheetFiles strict = new SpreadsheetFiles(new ImportLimits(10, 5, 100, 1_000_000), uploads);

        try (UploadedSpreadsheet spreadsheet = strict.open(Files.newInputStream(workbook), "long.xlsx")) {
            assertThatThrownBy(() -> readAll(spreadsheet, "Contacts"))
                    .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                        assertThat(problem.messageKey()).isEqualTo("importexport.limit.cell");
                        assertThat(problem.arguments()).containsExactly(2, "B", 100);
                    });
        }
    }

    @Test
    void rowsAndColumnsBeyondTheLimitsAreRefused() throws Exception {
        Path workbook = TestFiles.largeXlsx(folder, 20);
        SpreadsheetFiles fewRows = new SpreadsheetFiles(new ImportLimits(10, 100, 1000, 1_000_000), uploads);
        SpreadsheetFiles fewColumns = new SpreadsheetFiles(new ImportLimits(100, 3, 1000, 1_000_000), uploads);

        try (UploadedSpreadsheet spreadsheet = fewRows.open(Files.newInputStream(workbook), "large.xlsx")) {
            assertProblem(() -> readAll(spreadsheet, "Contacts"), "importexport.limit.rows");
        }
        try (UploadedSpreadsheet spreadsheet = fewColumns.open(Files.newInputStream(workbook), "large.xlsx")) {
            assertThatThrownBy(() -> readAll(spreadsheet, "Contacts"))
                    .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                        assertThat(problem.messageKey()).isEqualTo("importexport.limit.columns");
                        assertThat(problem.arguments()).containsExactly(1, 3);
                    });
        }
    }

    // --- not spreadsheets ---

    @Test
    void aPdfIsNotASpreadsheetWhateverItsNameAndLeavesNoTemporaryFile() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

        assertProblem(() -> files.open(new ByteArrayInputStream(pdf), "contacts.xlsx"),
                "importexport.file.not-spreadsheet");
        assertThat(temporaryCopies()).isZero();
    }

    @Test
    void anEmptySheetAndASheetWithoutHeaderAreReportedWhenLookingForTheHeader() throws Exception {
        Path workbook = TestFiles.xlsx(folder, "odd.xlsx", List.of(
                new SheetContent("Empty", List.of()),
                new SheetContent("Numbers", List.of(List.of(1, 2, 3), List.of(4, 5, 6)))));

        try (UploadedSpreadsheet spreadsheet = open(workbook)) {
            assertProblem(() -> HeaderRow.find(spreadsheet.firstRows("Empty", HeaderRow.ROWS_SEARCHED)),
                    "importexport.sheet.empty");
            assertProblem(() -> HeaderRow.find(spreadsheet.firstRows("Numbers", HeaderRow.ROWS_SEARCHED)),
                    "importexport.header.not-found");
        }
    }

    @Test
    void aRenamedBinaryIsNotASpreadsheet() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);

        assertProblem(() -> files.open(new ByteArrayInputStream(binary), "contacts.csv"),
                "importexport.file.not-spreadsheet");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertProblem(() -> files.open(new ByteArrayInputStream(new byte[0]), "contacts.csv"),
                "importexport.file.empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWhileItArrivesAndLeavesNoTemporaryFile() throws IOException {
        SpreadsheetFiles small = new SpreadsheetFiles(new ImportLimits(10, 10, 10, 1024 * 1024), uploads);
        // A stream that never says how long it is: only counting tells
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        long before = temporaryCopies();

        assertProblem(() -> small.open(endless, "contacts.csv"), "importexport.file.too-large");
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void theTemporaryCopyIsDeletedOnClose() throws IOException {
        long before = temporaryCopies();
        UploadedSpreadsheet spreadsheet = files.open(csv("Email\na@example.org\n", StandardCharsets.UTF_8),
                "contacts.csv");
        assertThat(temporaryCopies()).isEqualTo(before + 1);

        spreadsheet.close();

        assertThat(temporaryCopies()).isEqualTo(before);
    }

    // --- CSV ---

    @Test
    void aUtf8CsvWithOrWithoutByteOrderMarkIsReadAsUtf8() {
        String text = "Prénom,Nom\nAmélie,Durand\n";
        byte[] withoutBom = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        for (byte[] bytes : List.of(withoutBom, withBom)) {
            try (UploadedSpreadsheet spreadsheet = files.open(new ByteArrayInputStream(bytes), "contacts.csv")) {
                assertThat(spreadsheet.sheetNames()).containsExactly("contacts");
                assertThat(readAll(spreadsheet, "contacts")).containsExactly(
                        new SpreadsheetRow(1, List.of("Prénom", "Nom")),
                        new SpreadsheetRow(2, List.of("Amélie", "Durand")));
            }
        }
    }

    @Test
    void excelsUnicodeTextIsReadAsTabSeparatedUtf16() {
        String text = "\uFEFFPrénom\tNom\tNotes\r\nŁucja\tNowak-Šimić\t\"Met in Kampala, 2010\"\r\n";

        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            try (UploadedSpreadsheet spreadsheet = files.open(new ByteArrayInputStream(text.getBytes(charset)),
                    "unicode.txt")) {
                assertThat(((CsvSpreadsheet) spreadsheet).delimiter()).isEqualTo('\t');
                assertThat(readAll(spreadsheet, "unicode")).containsExactly(
                        new SpreadsheetRow(1, List.of("Prénom", "Nom", "Notes")),
                        new SpreadsheetRow(2, List.of("Łucja", "Nowak-Šimić", "Met in Kampala, 2010")));
            }
        }
    }

    @Test
    void aWindows1252CsvIsRecognisedByItsAccents() {
        byte[] bytes = "Prénom;Nom\r\nHélène;Lefèvre\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        try (UploadedSpreadsheet spreadsheet = files.open(new ByteArrayInputStream(bytes), "export.csv")) {
            assertThat(((CsvSpreadsheet) spreadsheet).charset().name()).isEqualTo("windows-1252");
            assertThat(readAll(spreadsheet, "export")).containsExactly(
                    new SpreadsheetRow(1, List.of("Prénom", "Nom")),
                    new SpreadsheetRow(2, List.of("Hélène", "Lefèvre")));
        }
    }

    @Test
    void aSemicolonCsvIsSplitOnSemicolonsButNotInsideQuotes() {
        String text = """
                Name;Notes;Email
                "Durand, Amélie";"Likes; semicolons, and commas";amelie@example.org
                "Ng, Li";"Said \"\"hello\"\"";li@example.org
                """;

        try (UploadedSpreadsheet spreadsheet = files.open(csv(text, StandardCharsets.UTF_8), "list.csv")) {
            assertThat(((CsvSpreadsheet) spreadsheet).delimiter()).isEqualTo(';');
            assertThat(readAll(spreadsheet, "list")).containsExactly(
                    new SpreadsheetRow(1, List.of("Name", "Notes", "Email")),
                    new SpreadsheetRow(2, List.of("Durand, Amélie", "Likes; semicolons, and commas",
                            "amelie@example.org")),
                    new SpreadsheetRow(3, List.of("Ng, Li", "Said \"hello\"", "li@example.org")));
        }
    }

    @Test
    void aCommaCsvWithSemicolonsInsideQuotesIsSplitOnCommas() {
        String text = "Name,Notes\n\"A\",\"x;y;z;w\"\n\"B\",\"p;q\"\n";

        try (UploadedSpreadsheet spreadsheet = files.open(csv(text, StandardCharsets.UTF_8), "list.csv")) {
            assertThat(((CsvSpreadsheet) spreadsheet).delimiter()).isEqualTo(',');
            assertThat(readAll(spreadsheet, "list")).element(1)
                    .isEqualTo(new SpreadsheetRow(2, List.of("A", "x;y;z;w")));
        }
    }

    @Test
    void aCsvQuoteLeftOpenIsReportedWithItsLine() {
        String text = "Name,Notes\nA,\"never closed\nB,ok\n";

        try (UploadedSpreadsheet spreadsheet = files.open(csv(text, StandardCharsets.UTF_8), "list.csv")) {
            assertProblem(() -> readAll(spreadsheet, "list"), "importexport.csv.malformed");
        }
    }

    @Test
    void aCsvRowWithTooManyColumnsIsRefusedNamingTheRow() {
        SpreadsheetFiles strict = new SpreadsheetFiles(new ImportLimits(10, 2, 100, 1_000_000), uploads);

        try (UploadedSpreadsheet spreadsheet = strict.open(csv("a,b\nc,d,e\n", StandardCharsets.UTF_8), "x.csv")) {
            assertThatThrownBy(() -> readAll(spreadsheet, "x"))
                    .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                        assertThat(problem.messageKey()).isEqualTo("importexport.limit.columns");
                        assertThat(problem.arguments()).containsExactly(2, 2);
                    });
        }
    }

    // --- helpers ---

    private UploadedSpreadsheet open(Path file) throws IOException {
        return files.open(Files.newInputStream(file), file.getFileName().toString());
    }

    private static InputStream csv(String text, java.nio.charset.Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    private static List<SpreadsheetRow> readAll(UploadedSpreadsheet spreadsheet, String sheet) {
        List<SpreadsheetRow> rows = new ArrayList<>();
        spreadsheet.read(sheet, rows::add);
        return rows;
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(key));
    }

    private long temporaryCopies() throws IOException {
        try (Stream<Path> copies = Files.list(uploads)) {
            return copies.count();
        }
    }
}
