package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.audit.RecordedEvents;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.RecordTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import is one audit event for its whole batch (however many rows it created or updated) and its undo
 * another; the records it touches leave no event of their own. An import that writes nothing is filed too.
 */
@IntegrationTest
@WithStaff(username = "import.auditor", role = Role.OFFICER)
class ImportAuditTest {

    private static final List<ContactField> COLUMNS = List.of(ContactField.GIVEN_NAME, ContactField.FAMILY_NAME,
            ContactField.EMAIL, ContactField.JOB_TITLE);

    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private final String marker = "ia" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private RecordedEvents recorded() {
        return new RecordedEvents(jdbc);
    }

    private ImportReport importRows(TestImports.Options options, List<List<Object>> rows) throws IOException {
        return TestImports.run(imports, folder, ImportType.CONTACTS, options, COLUMNS, rows);
    }

    @Test
    void anImportIsOneEventForItsBatchAndItsUndoAnother() throws IOException {
        ContactDetails existing = contacts.create(ContactDraft.of("Wanjiru", "Kamau " + marker,
                        StakeholderCategory.CIVIL_SOCIETY)
                .withEmails(List.of(new EmailEntry("wanjiru." + marker + "@partner.example", null, true))), null);
        long before = recorded().lastId();

        ImportReport report = importRows(TestImports.Options.of(DuplicateMode.UPDATE), List.of(
                List.of("Achieng", "Otieno " + marker, "achieng." + marker + "@partner.example", "Researcher"),
                List.of("Baraka", "Mwangi " + marker, "baraka." + marker + "@partner.example", "Director"),
                List.of("Wanjiru", "Kamau " + marker, "wanjiru." + marker + "@partner.example", "Coordinator")));

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(recorded().after(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(event.recordType()).isEqualTo(RecordTypes.IMPORT);
            assertThat(event.recordId()).isEqualTo(report.batchId());
            assertThat(event.actor()).isEqualTo("import.auditor");
            assertThat(event.detail()).contains("contacts from " + "contacts").contains("completed")
                    .contains("3 rows read, 2 created, 1 updated, 0 skipped, 0 rejected");
        });
        assertThat(recorded().of(RecordTypes.CONTACT, existing.id())).extracting(RecordedEvents.Event::action)
                .as("the update by the import is in the batch's event, not the contact's own")
                .containsExactly(AuditAction.CREATE);

        long beforeUndo = recorded().lastId();
        imports.undo(report.batchId());

        assertThat(recorded().after(beforeUndo)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.IMPORT_UNDONE);
            assertThat(event.recordId()).isEqualTo(report.batchId());
            assertThat(event.detail()).contains("2 records it created removed").contains("1 records it updated");
        });
    }

    @Test
    void anImportThatWritesNothingIsFiledAndADryRunIsNot() throws IOException {
        List<List<Object>> oneGoodOneBad = List.of(
                List.of("Imani", "Njoroge " + marker, "imani." + marker + "@partner.example", "Adviser"),
                List.of("", "", "not an email", ""));
        long before = recorded().lastId();

        ImportReport checked = importRows(TestImports.Options.of(DuplicateMode.SKIP).checkingOnly(), oneGoodOneBad);
        long afterDryRun = recorded().lastId();
        ImportReport refused = importRows(TestImports.Options.of(DuplicateMode.SKIP), oneGoodOneBad);

        assertThat(checked.dryRun()).isTrue();
        assertThat(afterDryRun).isEqualTo(before);
        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(recorded().after(afterDryRun)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(event.recordId()).isEqualTo(refused.batchId());
            assertThat(event.detail()).contains("rejected, 2 rows read, 0 created").endsWith("1 rejected");
        });
    }
}
