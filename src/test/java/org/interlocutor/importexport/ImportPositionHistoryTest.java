package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.PositionChangeRow;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.importexport.TestFiles.SheetContent;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import that updates a contact's influence or stance records the change; one that creates contacts does not. */
@IntegrationTest
@WithStaff(username = "import.positions", role = Role.OFFICER)
class ImportPositionHistoryTest {

    private static final List<Object> HEADER = List.of("First name", "Last name", "Email", "Stance", "Influence");

    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private final String marker = "ip" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ImportReport importRows(List<List<Object>> rows, DuplicateMode mode) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        Path path = TestFiles.xlsx(folder, marker + ".xlsx", List.of(new SheetContent("Contacts", all)));
        try (InputStream in = Files.newInputStream(path);
             ImportFile file = imports.open(in, path.getFileName().toString())) {
            SheetLayout layout = imports.layout(file, "Contacts", ImportType.CONTACTS, Optional.empty());
            return imports.run(file, new ImportRequest(ImportType.CONTACTS, "Contacts", layout.headerRowNumber(),
                    layout.mapping(), mode, Sensitivity.NORMAL, false, false, false), ImportProgress.NONE,
                    Locale.ENGLISH);
        }
    }

    @Test
    void anImportThatChangesInfluenceAndStanceRecordsTheChange() throws IOException {
        String email = "eva." + marker + "@example.org";
        ContactDetails eva = contacts.create(ContactDraft.of("Eva", "Matched " + marker,
                        StakeholderCategory.STATE_PARTY_REPRESENTATIVE)
                .withEmails(List.of(new EmailEntry(email, null, true))).withPosition(2, Stance.NEUTRAL), null);

        ImportReport report = importRows(List.of(List.of("Eva", "Matched " + marker, email, "Supportive", 4)),
                DuplicateMode.UPDATE);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(contacts.positionHistory(eva.id(), PageRequest.of(0, 5)).getContent()).singleElement()
                .extracting(PositionChangeRow::influenceBefore, PositionChangeRow::stanceBefore,
                        PositionChangeRow::influenceAfter, PositionChangeRow::stanceAfter,
                        PositionChangeRow::changedBy)
                .containsExactly(2, Stance.NEUTRAL, 4, Stance.SUPPORTIVE, "import.positions");
    }

    @Test
    void anImportThatCreatesContactsRecordsNoChange() throws IOException {
        ImportReport report = importRows(List.of(
                List.of("Ana", "New " + marker, "ana." + marker + "@example.org", "Opposed", 3),
                List.of("Ben", "New " + marker, "ben." + marker + "@example.org", "Neutral", 5)),
                DuplicateMode.SKIP);

        assertThat(report.created()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from contact_position_change p join contact c on c.id = p.contact_id
                where c.family_name = ?""").param("New " + marker).query(Long.class).single()).isZero();
    }
}
