package org.interlocutor.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.interlocutor.shared.crypto.SealedColumns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The encrypted columns of confidential contacts, for {@code rotate-keys}: the copies on the contact row, every
 * email with its label and blind index, every phone with its label. Plain JDBC, a page of contacts at a time. The
 * application may run meanwhile: a contact is rewritten only if its version is still the one read, else an edit
 * has just written it again, under the current key.
 */
@Component
class ContactSealedColumns implements SealedColumns {

    private static final int PAGE = 500;
    /** An email or phone row is rewritten only while its contact keeps the version read. */
    private static String unchanged(String table) {
        return " and exists (select 1 from contact c where c.id = " + table + ".contact_id and c.version = ?)";
    }

    private final FieldEncryption encryption;

    ContactSealedColumns(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public long reseal(JdbcTemplate jdbc) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        long rewritten = 0;
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, version, primary_email, primary_phone,"
                    + " consent_note from contact where sensitivity = ? and id > ? order by id limit " + PAGE,
                    Sensitivity.CONFIDENTIAL.name(), after);
            if (page.isEmpty()) {
                return rewritten;
            }
            List<Long> ids = page.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
            after = ids.getLast();
            java.util.Set<Long> changed = new java.util.HashSet<>();
            List<Object[]> rows = new ArrayList<>();
            for (Map<String, Object> row : page) {
                String email = resealed(ContactSecrets.EMAIL, row.get("primary_email"));
                String phone = resealed(ContactSecrets.PHONE, row.get("primary_phone"));
                String note = resealed(ContactSecrets.CONSENT_NOTE, row.get("consent_note"));
                if (!Objects.equals(email, row.get("primary_email")) || !Objects.equals(phone, row.get("primary_phone"))
                        || !Objects.equals(note, row.get("consent_note"))) {
                    long id = ((Number) row.get("id")).longValue();
                    rows.add(new Object[] {email, phone, note, id, row.get("version")});
                    changed.add(id);
                }
            }
            jdbc.batchUpdate("update contact set primary_email = ?, primary_phone = ?, consent_note = ? where id = ?"
                    + " and version = ?", rows);
            Map<Long, Object> versions = new java.util.HashMap<>();
            page.forEach(row -> versions.put(((Number) row.get("id")).longValue(), row.get("version")));
            List<Object[]> emails = new ArrayList<>();
            for (Map<String, Object> row : named.queryForList("select contact_id, item_order, email, email_key, label"
                    + " from contact_email where contact_id in (:ids)", Map.of("ids", ids))) {
                String stored = (String) row.get("email");
                String email = resealed(ContactSecrets.EMAIL, stored);
                String key = (String) row.get("email_key");
                if (!FieldEncryption.isBlindIndex(key) || !encryption.isCurrentBlindIndex(key)) {
                    key = encryption.blindIndex(ContactSecrets.EMAIL,
                            ContactEmail.key(encryption.open(ContactSecrets.EMAIL, Objects.requireNonNull(email))));
                }
                String label = resealed(ContactSecrets.LABEL, row.get("label"));
                if (!Objects.equals(email, stored) || !Objects.equals(key, row.get("email_key"))
                        || !Objects.equals(label, row.get("label"))) {
                    emails.add(new Object[] {email, key, label, row.get("contact_id"), row.get("item_order"),
                            versions.get(((Number) row.get("contact_id")).longValue())});
                    changed.add(((Number) row.get("contact_id")).longValue());
                }
            }
            jdbc.batchUpdate("update contact_email set email = ?, email_key = ?, label = ? where contact_id = ?"
                    + " and item_order = ?" + unchanged("contact_email"), emails);
            List<Object[]> phones = new ArrayList<>();
            for (Map<String, Object> row : named.queryForList("select contact_id, item_order, phone, label"
                    + " from contact_phone where contact_id in (:ids)", Map.of("ids", ids))) {
                String phone = resealed(ContactSecrets.PHONE, row.get("phone"));
                String label = resealed(ContactSecrets.LABEL, row.get("label"));
                if (!Objects.equals(phone, row.get("phone")) || !Objects.equals(label, row.get("label"))) {
                    phones.add(new Object[] {phone, label, row.get("contact_id"), row.get("item_order"),
                            versions.get(((Number) row.get("contact_id")).longValue())});
                    changed.add(((Number) row.get("contact_id")).longValue());
                }
            }
            jdbc.batchUpdate("update contact_phone set phone = ?, label = ? where contact_id = ? and item_order = ?"
                    + unchanged("contact_phone"), phones);
            rewritten += changed.size();
        }
    }

    private @Nullable String resealed(String context, @Nullable Object stored) {
        return stored == null ? null : encryption.reseal(context, stored.toString());
    }
}
