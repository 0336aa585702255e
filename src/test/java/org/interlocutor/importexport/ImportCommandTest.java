package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Command.CommandArguments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTest {

    private static final String OFFICER = "import.cli.officer";

    @Autowired
    ImportCommand command;
    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers users;
    @TempDir
    Path folder;

    /** A family name no other test uses, so that the contacts of one test are found by it alone. */
    private static String uniqueName(String prefix) {
        StringBuilder letters = new StringBuilder(prefix);
        long value = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + value % 26));
            value /= 26;
        }
        return letters.toString();
    }

    private int run(String... options) {
        users.ensure(OFFICER, Role.OFFICER);
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.add("--as=" + OFFICER);
        return command.run(new CommandArguments(arguments));
    }

    private List<ContactRow> contactsNamed(String familyName) {
        return users.as(OFFICER, Role.OFFICER, () -> contacts.rows(ContactFilter.NONE.withText(familyName),
                PageRequest.of(0, 50)));
    }

    private Path contactsFile(String name, List<List<Object>> rows) throws Exception {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("First name", "Last name", "Email", "Country"));
        all.addAll(rows);
        return TestFiles.xlsx(folder, name, List.of(new TestFiles.SheetContent("People", all)));
    }

    @Test
    void importsTheContactsAndPrintsTheMappingAndTheCounts(CapturedOutput output) throws Exception {
        String family = uniqueName("Clicount");
        Path file = contactsFile("people.xlsx", List.of(
                List.of("Amina", family, family + ".amina@example.org", "Kenya"),
                List.of("Jean", family, family + ".jean@example.org", "FR")));

        int exit = run("--type=contacts", "--file=" + file);

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("Sheet: People; header in row 1")
                .containsPattern("A +First name +-> First name")
                .containsPattern("C +Email +-> Email")
                .contains("Rows read: 2", "Created:   2", "Rejected:  0", "Status: Completed", "Batch: ");
        assertThat(contactsNamed(family)).extracting(ContactRow::givenName).containsExactlyInAnyOrder("Amina", "Jean");
        assertThat(folder.resolve("people-rejected.xlsx")).doesNotExist();
    }

    @Test
    void rejectedRowsExitWithOneAndAreWrittenNextToTheFileWithTheirReason(CapturedOutput output) throws Exception {
        String family = uniqueName("Clireject");
        Path file = contactsFile("with-errors.xlsx", List.of(
                List.of("Amina", family, family + "@example.org", "Kenya"),
                List.of("Jean", family, "not-an-address", "FR")));

        int exit = run("--type=contacts", "--file=" + file);

        assertThat(exit).isEqualTo(ImportCommand.REJECTED_ROWS);
        Path report = folder.resolve("with-errors-rejected.xlsx");
        assertThat(output.getOut()).contains("Rejected:  1", "Nothing was written", report.toString());
        assertThat(contactsNamed(family)).as("all or nothing: the valid row is not written either").isEmpty();
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(String.join(" | ", cells));
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("not-an-address", "Email: “not-an-address” is not an email address");
    }

    @Test
    void partialWritesTheValidRowsButStillExitsWithOne() throws Exception {
        String family = uniqueName("Clipartial");
        Path file = contactsFile("partial.xlsx", List.of(
                List.of("Amina", family, family + "@example.org", "Kenya"),
                List.of("Jean", family, "", "Atlantis")));

        int exit = run("--type=contacts", "--file=" + file, "--partial");

        assertThat(exit).isEqualTo(ImportCommand.REJECTED_ROWS);
        assertThat(contactsNamed(family)).extracting(ContactRow::givenName).containsExactly("Amina");
        assertThat(folder.resolve("partial-rejected.xlsx")).exists();
    }

    @Test
    void aDryRunCountsButWritesNothing(CapturedOutput output) throws Exception {
        String family = uniqueName("Clidry");
        Path file = contactsFile("dry.xlsx", List.of(List.of("Amina", family, family + "@example.org", "Kenya")));

        int exit = run("--type=contacts", "--file=" + file, "--dry-run");

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("Created:   1", "Dry run: nothing was written").doesNotContain("Batch:");
        assertThat(contactsNamed(family)).isEmpty();
    }

    @Test
    void aSavedMappingMapsColumnsNoGuessWouldFind(CapturedOutput output) throws Exception {
        String family = uniqueName("Climapping");
        List<String> headers = List.of("Who", "Household", "Reach at");
        users.as(OFFICER, Role.OFFICER, () -> {
            imports.saveMapping(ImportType.CONTACTS, "Partner list", headers, Map.of(0, ContactField.GIVEN_NAME,
                    1, ContactField.FAMILY_NAME, 2, ContactField.EMAIL));
            return null;
        });
        Path file = TestFiles.xlsx(folder, "partner.xlsx", List.of(new TestFiles.SheetContent("Sheet1", List.of(
                List.<Object>copyOf(headers), List.of("Amina", family, family + "@example.org")))));

        int exit = run("--type=contacts", "--file=" + file, "--mapping=Partner list");

        assertThat(exit).isZero();
        assertThat(output.getOut()).containsPattern("B +Household +-> Last name").contains("Created:   1");
        assertThat(contactsNamed(family)).extracting(ContactRow::primaryEmail)
                .containsExactly(family + "@example.org");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWithTheReasonAndExitTwo(CapturedOutput output) throws Exception {
        Path file = folder.resolve("report.xlsx");
        Files.write(file, "%PDF-1.7 not a workbook".getBytes());

        int exit = run("--type=contacts", "--file=" + file);

        assertThat(exit).isEqualTo(ImportCommand.REFUSED);
        assertThat(output.getErr()).contains("The file report.xlsx is not a spreadsheet");
    }

    @Test
    void aMissingFileOrUnknownMappingIsRefusedWithExitTwo(CapturedOutput output) throws Exception {
        assertThat(run("--type=contacts", "--file=" + folder.resolve("nowhere.xlsx"))).isEqualTo(ImportCommand.REFUSED);
        Path file = contactsFile("people.xlsx", List.of(List.of("Amina", "Diallo", "", "")));
        assertThat(run("--type=contacts", "--file=" + file, "--mapping=No such mapping"))
                .isEqualTo(ImportCommand.REFUSED);
        assertThat(output.getErr()).contains("there is no readable file", "There is no saved mapping named");
    }
}
