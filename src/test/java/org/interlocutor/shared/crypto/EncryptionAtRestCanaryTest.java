package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.importexport.DuplicateMode;
import org.interlocutor.importexport.ImportFile;
import org.interlocutor.importexport.ImportProgress;
import org.interlocutor.importexport.ImportReport;
import org.interlocutor.importexport.ImportRequest;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.importexport.ImportType;
import org.interlocutor.importexport.SheetLayout;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The canary: a confidential contact and a confidential engagement whose details carry a unique string, taken
 * through the paths that write or copy them (made confidential after being entered in clear, raised by a
 * participant, imported over), then every text column of every table of the raw database is searched for it. It
 * must be nowhere. A NORMAL record's canary, searched the same way, must be found: the search itself works.
 */
@IntegrationTest
@WithStaff(username = "canary.officer", role = Role.OFFICER)
class EncryptionAtRestCanaryTest {

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    ImportService imports;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path folder;

    private final String canary = "canary" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String canaryDigits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L,
            9_999_999_999L));
    private final String control = "control" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String family = "Okello" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    private ContactDraft witness(Sensitivity sensitivity, String secret, String digits) {
        return new ContactDraft(null, "Joseph", family, "Teacher", StakeholderCategory.HUMAN_RIGHTS_DEFENDER,
                "UG", "en", Set.of("en"), List.of(new EmailEntry(secret + "@shelter.example", "home " + secret, true),
                new EmailEntry("j." + secret + "@mail.example", null, false)),
                List.of(new PhoneEntry("+256 " + digits, "night " + secret, true)), null, 4, Stance.SUPPORTIVE,
                sensitivity, LawfulBasis.CONSENT, "Consent recorded by " + secret, Set.of());
    }

    private EngagementDraft meeting(long participant, String secret, Sensitivity sensitivity) {
        long me = testUsers.ensure("canary.officer", Role.OFFICER).id();
        Instant at = Instant.parse("2026-08-12T14:00:00Z");
        return new EngagementDraft(EngagementKind.MEETING, at, null, "Kampala", "Debrief with " + family,
                "He described " + secret + " and the route", "Relocate " + secret, Set.of(participant), Set.of(),
                Set.of(me), Set.of(), sensitivity, List.of());
    }

    @Test
    void noTextColumnOfAnyTableHoldsAConfidentialRecordsDetailsInClear() throws Exception {
        // a contact entered in clear and made confidential, an engagement raised with it by the change
        ContactDetails entered = contacts.create(witness(Sensitivity.NORMAL, canary, canaryDigits), null);
        EngagementDetails raised = engagements.create(meeting(entered.id(), canary, Sensitivity.NORMAL));
        ContactDetails secret = contacts.update(entered.id(), entered.version(),
                entered.draft().withSensitivity(Sensitivity.CONFIDENTIAL, entered.draft().ownerId()));
        // an engagement logged confidential, and one edited later
        EngagementDetails logged = engagements.create(meeting(secret.id(), canary, Sensitivity.CONFIDENTIAL));
        engagements.update(logged.id(), logged.version(), meeting(secret.id(), canary + " again",
                Sensitivity.CONFIDENTIAL));
        // an import that updates the confidential contact, matched by its email: the values before are journalled
        ImportReport report = importUpdate(canary + "@shelter.example");
        assertThat(report.updated()).as(report.outcomes().toString()).isEqualTo(1);
        // the control: a NORMAL record, whose canary must be found
        ContactDetails open = contacts.create(witness(Sensitivity.NORMAL, control, "700 000 999"), null);
        engagements.create(meeting(open.id(), control, Sensitivity.NORMAL));

        Map<String, List<String>> scanned = textColumns();
        assertThat(scanned).containsKeys("contact", "contact_email", "contact_phone", "contact_search_token",
                "engagement", "engagement_key", "import_record", "follow_up", "saved_view");
        assertThat(scanned.get("engagement")).contains("sealed_notes", "notes", "outcome");

        assertThat(columnsHolding(scanned, canary)).as("columns holding the confidential canary").isEmpty();
        assertThat(columnsHolding(scanned, canaryDigits)).as("columns holding the confidential phone").isEmpty();
        assertThat(columnsHolding(scanned, control)).as("the control canary is found where NORMAL records keep it")
                .contains("contact.consent_note", "contact.email_list", "contact_email.email", "contact_email.label",
                        "contact_search_token.token", "engagement.notes", "engagement.outcome",
                        "engagement_key.lookup");

        // and whoever may see them still reads them
        assertThat(contacts.find(secret.id()).orElseThrow().draft().consentNote()).isEqualTo("Consent recorded by "
                + canary);
        assertThat(engagements.find(raised.id()).orElseThrow().row().notes()).contains(canary);
        assertThat(engagements.find(logged.id()).orElseThrow().row().outcome()).isEqualTo("Relocate " + canary
                + " again");
    }

    private ImportReport importUpdate(String email) throws Exception {
        Path file = folder.resolve("update.csv");
        Files.writeString(file, "First name,Last name,Email,Job title\nJoseph," + family + "," + email
                + ",Head teacher\n", StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file); ImportFile upload = imports.open(in, "update.csv")) {
            String sheet = upload.sheetNames().getFirst();
            SheetLayout layout = imports.layout(upload, sheet, ImportType.CONTACTS, Optional.empty());
            return imports.run(upload, new ImportRequest(ImportType.CONTACTS, sheet, layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.UPDATE, Sensitivity.NORMAL, false, false, false),
                    ImportProgress.NONE, Locale.ENGLISH);
        }
    }

    /** Every table's text columns, from the database's information_schema. */
    private Map<String, List<String>> textColumns() throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String schema;
        try {
            schema = connection.getSchema() != null ? connection.getSchema() : connection.getCatalog();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        Map<String, List<String>> columns = new java.util.TreeMap<>();
        jdbc.query("select table_name, column_name, data_type from information_schema.columns"
                + " where lower(table_schema) = lower(?) order by table_name, ordinal_position", row -> {
                    String type = row.getString(3).toUpperCase(Locale.ROOT);
                    if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")
                            || type.contains("CHARACTER")) {
                        columns.computeIfAbsent(row.getString(1).toLowerCase(Locale.ROOT), table -> new ArrayList<>())
                                .add(row.getString(2).toLowerCase(Locale.ROOT));
                    }
                }, schema);
        return columns;
    }

    private List<String> columnsHolding(Map<String, List<String>> columns, String text) {
        List<String> holding = new ArrayList<>();
        columns.forEach((table, names) -> {
            for (String column : names) {
                Long rows = jdbc.queryForObject("select count(*) from " + table + " where lower(" + column
                        + ") like ?", Long.class, "%" + text.toLowerCase(Locale.ROOT) + "%");
                if (rows != null && rows > 0) {
                    holding.add(table + "." + column);
                }
            }
        });
        return holding;
    }
}
