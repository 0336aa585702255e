package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.importexport.TestFiles.SheetContent;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * An import that fails part-way, here at a row beyond the configured limit after a first batch was already
 * written, leaves nothing behind and is recorded as failed.
 */
@IntegrationTest
@TestPropertySource(properties = "interlocutor.import.max-rows=1500")
@WithStaff(username = "failing.officer", role = Role.OFFICER)
class ImportFailureTest {

    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @TempDir
    Path folder;

    private final String marker = "if" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void anImportStoppedByTheServersRowLimitAfterAFirstBatchWritesNothing() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("First name", "Last name", "Email"));
        for (int i = 0; i < 1600; i++) {
            rows.add(List.of("Row" + i, "Limit " + marker, "row" + i + "." + marker + "@example.org"));
        }
        Path path = TestFiles.xlsx(folder, "over.xlsx", List.of(new SheetContent("People", rows)));

        try (InputStream in = Files.newInputStream(path); ImportFile file = imports.open(in, "over.xlsx")) {
            SheetLayout layout = imports.layout(file, "People", ImportType.CONTACTS, Optional.empty());
            ImportRequest request = new ImportRequest(ImportType.CONTACTS, "People", layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.SKIP, Sensitivity.NORMAL, false, true, false);

            assertThatThrownBy(() -> imports.run(file, request, ImportProgress.NONE, Locale.ENGLISH))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("importexport.limit.rows"));
        }

        assertThat(contacts.count(ContactFilter.NONE.withText(marker))).isZero();
        ImportBatchRow batch = imports.batches(PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(batch.fileName()).isEqualTo("over.xlsx");
        assertThat(batch.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(imports.canUndo(batch)).isFalse();
    }
}
