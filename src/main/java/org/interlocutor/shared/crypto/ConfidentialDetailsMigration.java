package org.interlocutor.shared.crypto;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V13, in Java because it needs the key, which the database never holds: widens the columns that keep
 * encrypted values (an encrypted value is longer than the text it hides), adds the engagement's sealed columns, and
 * encrypts what the confidential records written before held in clear, with what was derived from it (email search
 * words, note search keys, email look-up keys, the email and phone lists). It reads and writes the tables as they
 * are at version 13, on purpose without the features' code, so that it keeps working when that code moves on; the
 * contexts must stay those the features seal with.
 */
@Component
class ConfidentialDetailsMigration implements JavaMigration {

    /**
     * Widths that hold a value's encrypted form: "enc1:", a key id of up to 16 characters, ":" and the base64url of
     * 28 bytes more than the text's UTF-8 (at most 3 bytes per character here). A 254-character email needs 1,076
     * characters, a 40-character label 220, a 50-character phone (ASCII) 142, a 1,000-character consent note 4,060.
     * The contact row stays under MySQL's 65,535-byte row limit. An engagement's notes (10,000 characters, 40,062
     * encrypted) and outcome cannot grow in place: their encrypted forms get TEXT columns of their own, empty for
     * every record that is not confidential.
     */
    private static final List<String> SCHEMA = List.of(
            "ALTER TABLE contact_email MODIFY COLUMN email VARCHAR(1100) NOT NULL",
            "ALTER TABLE contact_email MODIFY COLUMN label VARCHAR(220)",
            "ALTER TABLE contact_phone MODIFY COLUMN phone VARCHAR(200) NOT NULL",
            "ALTER TABLE contact_phone MODIFY COLUMN label VARCHAR(220)",
            "ALTER TABLE contact MODIFY COLUMN primary_email VARCHAR(1100)",
            "ALTER TABLE contact MODIFY COLUMN primary_phone VARCHAR(200)",
            "ALTER TABLE contact MODIFY COLUMN consent_note VARCHAR(4100)",
            "ALTER TABLE engagement ADD COLUMN sealed_notes TEXT",
            "ALTER TABLE engagement ADD COLUMN sealed_outcome TEXT");

    private static final String CONFIDENTIAL = "CONFIDENTIAL";
    private static final int PAGE = 500;

    private final FieldEncryption encryption;

    ConfidentialDetailsMigration(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "encrypt confidential details";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 13_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        SCHEMA.forEach(jdbc::execute);
        sealValuesKeptInClear(jdbc);
    }

    /** Encrypts what confidential records kept in clear; values already encrypted are left as they are. */
    void sealValuesKeptInClear(JdbcTemplate jdbc) {
        sealContacts(jdbc);
        sealEngagements(jdbc);
        sealImportJournal(jdbc);
    }

    private void sealContacts(JdbcTemplate jdbc) {
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, honorific, given_name, family_name,"
                    + " job_title, primary_email, primary_phone, consent_note from contact where sensitivity = ?"
                    + " and id > ? order by id limit " + PAGE, CONFIDENTIAL, after);
            if (page.isEmpty()) {
                return;
            }
            for (Map<String, Object> contact : page) {
                long id = ((Number) contact.get("id")).longValue();
                after = id;
                jdbc.update("update contact set primary_email = ?, primary_phone = ?, consent_note = ?,"
                                + " email_list = null, phone_list = null where id = ?",
                        sealed("contact/email", contact.get("primary_email")),
                        sealed("contact/phone", contact.get("primary_phone")),
                        sealed("contact/consent-note", contact.get("consent_note")), id);
                List<String> emails = new ArrayList<>();
                for (Map<String, Object> email : jdbc.queryForList("select item_order, email, label from"
                        + " contact_email where contact_id = ?", id)) {
                    String address = (String) email.get("email");
                    if (FieldEncryption.isSealed(address)) {
                        continue;
                    }
                    emails.add(address);
                    jdbc.update("update contact_email set email = ?, email_key = ?, label = ? where contact_id = ?"
                                    + " and item_order = ?", encryption.seal("contact/email", address),
                            encryption.blindIndex("contact/email", address.strip().toLowerCase(Locale.ROOT)),
                            sealed("contact/label", email.get("label")), id, email.get("item_order"));
                }
                for (Map<String, Object> phone : jdbc.queryForList("select item_order, phone, label from"
                        + " contact_phone where contact_id = ?", id)) {
                    if (!FieldEncryption.isSealed((String) phone.get("phone"))) {
                        jdbc.update("update contact_phone set phone = ?, label = ? where contact_id = ?"
                                        + " and item_order = ?", sealed("contact/phone", phone.get("phone")),
                                sealed("contact/label", phone.get("label")), id, phone.get("item_order"));
                    }
                }
                dropEmailWords(jdbc, contact, id, emails);
            }
        }
    }

    /** The search words that came from the emails only (not also from a name, position or organisation). */
    private static void dropEmailWords(JdbcTemplate jdbc, Map<String, Object> contact, long id, List<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        Set<String> emailWords = SearchPatterns.words(String.join(" ", emails), 50);
        StringBuilder others = new StringBuilder();
        for (String column : List.of("honorific", "given_name", "family_name", "job_title")) {
            if (contact.get(column) != null) {
                others.append(contact.get(column)).append(' ');
            }
        }
        for (Map<String, Object> organization : jdbc.queryForList("select o.name, o.acronym from affiliation a"
                + " join organization o on o.id = a.organization_id where a.contact_id = ?"
                + " and (a.end_date is null or a.end_date > ?)", id, LocalDate.now(ZoneOffset.UTC))) {
            others.append(organization.get("name")).append(' ');
            if (organization.get("acronym") != null) {
                others.append(organization.get("acronym")).append(' ');
            }
        }
        Set<String> drop = new HashSet<>(emailWords);
        drop.removeAll(SearchPatterns.words(others.toString(), 50));
        jdbc.batchUpdate("delete from contact_search_token where contact_id = ? and token = ?",
                drop.stream().map(token -> new Object[] {id, token}).toList());
    }

    private void sealEngagements(JdbcTemplate jdbc) {
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, title, notes, outcome from engagement"
                    + " where sensitivity = ? and (notes is not null or outcome is not null) and id > ?"
                    + " order by id limit " + PAGE, CONFIDENTIAL, after);
            if (page.isEmpty()) {
                return;
            }
            List<Object[]> moved = new ArrayList<>();
            List<Object[]> droppedKeys = new ArrayList<>();
            for (Map<String, Object> engagement : page) {
                long id = ((Number) engagement.get("id")).longValue();
                after = id;
                moved.add(new Object[] {sealed("engagement/notes", engagement.get("notes")),
                        sealed("engagement/outcome", engagement.get("outcome")), id});
                if (engagement.get("notes") != null) {
                    Set<String> noteWords = SearchPatterns.words((String) engagement.get("notes"), 50);
                    noteWords.removeAll(SearchPatterns.words((String) engagement.get("title"), 50));
                    noteWords.forEach(word -> droppedKeys.add(new Object[] {id, "word:" + word}));
                }
            }
            jdbc.batchUpdate("update engagement set sealed_notes = ?, sealed_outcome = ?, notes = null,"
                    + " outcome = null where id = ?", moved);
            jdbc.batchUpdate("delete from engagement_key where engagement_id = ? and lookup = ?", droppedKeys);
        }
    }

    /** An import's values before an update may be a confidential record's: every one is kept encrypted. */
    private void sealImportJournal(JdbcTemplate jdbc) {
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, previous_values from import_record"
                    + " where previous_values is not null and id > ? order by id limit " + PAGE, after);
            if (page.isEmpty()) {
                return;
            }
            List<Object[]> sealed = new ArrayList<>();
            for (Map<String, Object> entry : page) {
                after = ((Number) entry.get("id")).longValue();
                String values = (String) entry.get("previous_values");
                if (!FieldEncryption.isSealed(values)) {
                    sealed.add(new Object[] {encryption.seal("import/previous-values", values), after});
                }
            }
            jdbc.batchUpdate("update import_record set previous_values = ? where id = ?", sealed);
        }
    }

    private @Nullable String sealed(String context, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return FieldEncryption.isSealed(text) ? text : encryption.seal(context, text);
    }
}
