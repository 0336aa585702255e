package org.interlocutor.contact;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.JdbcTemplate;
import java.sql.Types;
import java.time.Clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.organization.OrganizationService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many contacts at once with JDBC batches: Hibernate never batches inserts into auto-increment tables, which
 * makes it about six times slower (STACK.md). Used by demo data and imports; the caller has validated the seeds.
 * It runs in the caller's transaction, so a failed batch leaves nothing behind. A confidential contact's details are
 * written encrypted, as {@link Contact} keeps them.
 */
@Service
public class ContactBulkWriter {

    private static final String INSERT_CONTACT = """
            insert into contact (honorific, given_name, family_name, job_title, category, country_code,
                correspondence_language, owner_id, influence, stance, sensitivity, lawful_basis, consent_note, archived,
                last_engaged_on, primary_email, primary_phone, email_list, phone_list, language_list, organization_name,
                regional_group, sort_name, created_at, created_by, updated_at, updated_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """;

    private final DataSource dataSource;
    private final TagRepository tags;
    private final ContactRepository contacts;
    private final OrganizationService organizations;
    private final CountryService countries;
    private final Clock clock;
    private final FieldEncryption encryption;

    ContactBulkWriter(DataSource dataSource, TagRepository tags, ContactRepository contacts,
                      OrganizationService organizations, CountryService countries, Clock clock,
                      FieldEncryption encryption) {
        this.encryption = encryption;
        this.dataSource = dataSource;
        this.tags = tags;
        this.contacts = contacts;
        this.organizations = organizations;
        this.countries = countries;
        this.clock = clock;
    }

    /** Every contact in the database whatever its sensitivity: bookkeeping for loaders, never shown to anyone. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long totalContacts() {
        return contacts.count();
    }

    /**
     * What every contact's engagements are filed under (see {@link ContactService#participantFacts}), read in one
     * pass for loaders that write many engagements. Bookkeeping, never shown to anyone.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ParticipantFacts> allParticipantFacts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<Long, Set<Long>> organizationsOf = new HashMap<>();
        jdbc.query("select contact_id, organization_id from affiliation where end_date is null or end_date > ?",
                row -> {
                    organizationsOf.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
                }, LocalDate.now(clock));
        return jdbc.query("select id, sensitivity, category, country_code, regional_group from contact"
                        + " where archived = false order by id",
                (row, n) -> new ParticipantFacts(row.getLong(1), Sensitivity.valueOf(row.getString(2)),
                        StakeholderCategory.valueOf(row.getString(3)), row.getString(4),
                        row.getString(5) == null ? null : RegionalGroup.valueOf(row.getString(5)),
                        organizationsOf.getOrDefault(row.getLong(1), Set.of())));
    }

    /** Sets many contacts' last-engagement dates at once, for loaders; not a change of the contacts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setLastEngaged(Map<Long, LocalDate> dates) {
        new JdbcTemplate(dataSource).batchUpdate("update contact set last_engaged_on = ? where id = ?",
                dates.entrySet().stream().map(entry -> new Object[] {entry.getValue(), entry.getKey()}).toList());
    }

    /** Inserts the contacts and returns their new ids, in the order of the seeds. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public List<Long> insert(List<ContactSeed> seeds, String createdBy) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Map<Long, String> organizationNames = organizationNames(seeds);
            List<String> searchTexts = new ArrayList<>(seeds.size());
            List<Long> ids = insertContacts(connection, seeds, organizationNames, createdBy, searchTexts);
            insertSearchTokens(connection, searchTexts, ids);
            insertEmails(connection, seeds, ids, encryption);
            insertPhones(connection, seeds, ids, encryption);
            insertLanguages(connection, seeds, ids);
            insertTags(connection, seeds, ids);
            insertAffiliations(connection, seeds, ids);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the contacts: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<Long> insertContacts(Connection connection, List<ContactSeed> seeds,
                                      Map<Long, String> organizationNames, String createdBy, List<String> searchTexts)
            throws SQLException {
        // UTC wall-clock time, as Hibernate writes instants (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new ArrayList<>(seeds.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CONTACT, Statement.RETURN_GENERATED_KEYS)) {
            for (ContactSeed seed : seeds) {
                ContactDraft draft = seed.draft();
                Sensitivity sensitivity = draft.sensitivity();
                boolean encrypted = FieldEncryption.appliesTo(sensitivity);
                List<String> currentOrganizations = seed.affiliations().stream()
                        .filter(affiliation -> affiliation.to() == null || affiliation.to().isAfter(today))
                        .map(affiliation -> organizationNames.getOrDefault(affiliation.organizationId(), ""))
                        .toList();
                String organizationName = seed.affiliations().stream()
                        .filter(affiliation -> affiliation.primary()
                                && (affiliation.to() == null || affiliation.to().isAfter(today)))
                        .findFirst().map(affiliation -> organizationNames.get(affiliation.organizationId()))
                        .orElse(currentOrganizations.isEmpty() ? null : currentOrganizations.getFirst());
                int i = 1;
                setString(insert, i++, draft.honorific());
                insert.setString(i++, draft.givenName().strip());
                insert.setString(i++, draft.familyName().strip());
                setString(insert, i++, draft.jobTitle());
                insert.setString(i++, draft.category().name());
                setString(insert, i++, draft.countryCode() == null ? null
                        : draft.countryCode().toUpperCase(java.util.Locale.ROOT));
                setString(insert, i++, draft.correspondenceLanguage());
                setLong(insert, i++, draft.ownerId());
                if (draft.influence() == null) {
                    insert.setNull(i++, Types.INTEGER);
                } else {
                    insert.setInt(i++, draft.influence());
                }
                insert.setString(i++, draft.stance().name());
                insert.setString(i++, draft.sensitivity().name());
                setString(insert, i++, draft.lawfulBasis() == null ? null : draft.lawfulBasis().name());
                setString(insert, i++, encryption.store(sensitivity, ContactSecrets.CONSENT_NOTE,
                        blankToNull(draft.consentNote())));
                if (seed.lastEngagedOn() == null) {
                    insert.setNull(i++, Types.DATE);
                } else {
                    insert.setDate(i++, Date.valueOf(seed.lastEngagedOn()));
                }
                setString(insert, i++, encryption.store(sensitivity, ContactSecrets.EMAIL,
                        primary(draft.emails().stream().map(e -> new Point(e.email(), e.primary())).toList())));
                setString(insert, i++, encryption.store(sensitivity, ContactSecrets.PHONE,
                        primary(draft.phones().stream().map(p -> new Point(p.phone(), p.primary())).toList())));
                setString(insert, i++, encrypted ? null
                        : ContactCopies.pointList(draft.emails(), EmailEntry::primary, EmailEntry::email));
                setString(insert, i++, encrypted ? null
                        : ContactCopies.pointList(draft.phones(), PhoneEntry::primary, PhoneEntry::phone));
                setString(insert, i++, ContactCopies.languageList(draft.languages()));
                setString(insert, i++, organizationName);
                setString(insert, i++, regionalGroup(draft.countryCode()));
                insert.setString(i++, ContactCopies.sortName(draft.familyName().strip(), draft.givenName().strip()));
                String searchText = ContactCopies.searchText(draft.honorific(), draft.givenName(),
                        draft.familyName(), draft.jobTitle(), currentOrganizations,
                        encrypted ? List.of() : draft.emails().stream().map(EmailEntry::email).toList());
                searchTexts.add(searchText);
                java.time.LocalDateTime entered = seed.enteredAt() == null ? now : java.time.LocalDateTime.ofInstant(
                        seed.enteredAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.ZoneOffset.UTC);
                insert.setObject(i++, entered);
                insert.setString(i++, createdBy);
                insert.setObject(i++, entered);
                insert.setString(i, createdBy);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != seeds.size()) {
            throw new SQLException("Expected " + seeds.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    private record Point(String value, boolean primary) {
    }

    private static @Nullable String primary(List<Point> points) {
        return points.stream().filter(Point::primary).findFirst().or(() -> points.stream().findFirst())
                .map(point -> point.value().strip()).orElse(null);
    }

    private static void insertSearchTokens(Connection connection, List<String> searchTexts, List<Long> ids)
            throws SQLException {
        // in the order of the table's key (token, contact): a batch then fills index pages one after the other
        // instead of touching a different page for nearly every row
        List<Map.Entry<String, Long>> rows = new ArrayList<>(searchTexts.size() * 12);
        for (int s = 0; s < searchTexts.size(); s++) {
            for (String token : ContactCopies.tokens(searchTexts.get(s))) {
                rows.add(Map.entry(token, ids.get(s)));
            }
        }
        rows.sort(Map.Entry.<String, Long>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact_search_token (contact_id, token) values (?, ?)")) {
            for (Map.Entry<String, Long> row : rows) {
                insert.setLong(1, row.getValue());
                insert.setString(2, row.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private @Nullable String regionalGroup(@Nullable String countryCode) {
        return countryCode == null ? null : countries.find(countryCode).map(CountryRow::regionalGroup)
                .map(Enum::name).orElse(null);
    }

    private static void insertEmails(Connection connection, List<ContactSeed> seeds, List<Long> ids,
                                     FieldEncryption encryption) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact_email (contact_id, item_order, email, email_key, label, is_primary) "
                        + "values (?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                List<EmailEntry> emails = seeds.get(s).draft().emails();
                Sensitivity sensitivity = seeds.get(s).draft().sensitivity();
                for (int order = 0; order < emails.size(); order++) {
                    ContactEmail email = ContactEmail.of(emails.get(order), sensitivity, encryption);
                    insert.setLong(1, ids.get(s));
                    insert.setInt(2, order);
                    insert.setString(3, email.email());
                    insert.setString(4, email.emailKey());
                    setString(insert, 5, email.label());
                    insert.setBoolean(6, email.primary());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertPhones(Connection connection, List<ContactSeed> seeds, List<Long> ids,
                                     FieldEncryption encryption) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact_phone (contact_id, item_order, phone, label, is_primary) values (?, ?, ?, ?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                List<PhoneEntry> phones = seeds.get(s).draft().phones();
                Sensitivity sensitivity = seeds.get(s).draft().sensitivity();
                for (int order = 0; order < phones.size(); order++) {
                    ContactPhone phone = ContactPhone.of(phones.get(order), sensitivity, encryption);
                    insert.setLong(1, ids.get(s));
                    insert.setInt(2, order);
                    insert.setString(3, phone.phone());
                    setString(insert, 4, phone.label());
                    insert.setBoolean(5, phone.primary());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertLanguages(Connection connection, List<ContactSeed> seeds, List<Long> ids)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact_language (contact_id, language) values (?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                for (String language : seeds.get(s).draft().languages()) {
                    insert.setLong(1, ids.get(s));
                    insert.setString(2, language);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertTags(Connection connection, List<ContactSeed> seeds, List<Long> ids) throws SQLException {
        Map<String, Long> tagIds = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact_tag (contact_id, tag_id) values (?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                Set<Long> seen = new java.util.HashSet<>();
                for (String name : seeds.get(s).draft().tags()) {
                    if (name.isBlank()) {
                        continue;
                    }
                    long tagId = tagIds.computeIfAbsent(Tag.key(name), key -> tags.findByNameKey(key)
                            .orElseGet(() -> tags.saveAndFlush(new Tag(name))).id());
                    if (seen.add(tagId)) {
                        insert.setLong(1, ids.get(s));
                        insert.setLong(2, tagId);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertAffiliations(Connection connection, List<ContactSeed> seeds, List<Long> ids)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into affiliation (contact_id, organization_id, role, start_date, end_date, is_primary) "
                        + "values (?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                for (AffiliationDraft affiliation : seeds.get(s).affiliations()) {
                    insert.setLong(1, ids.get(s));
                    insert.setLong(2, affiliation.organizationId());
                    setString(insert, 3, affiliation.role());
                    setDate(insert, 4, affiliation.from());
                    setDate(insert, 5, affiliation.to());
                    insert.setBoolean(6, affiliation.primary());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private Map<Long, String> organizationNames(List<ContactSeed> seeds) {
        Set<Long> ids = new java.util.HashSet<>();
        seeds.forEach(seed -> seed.affiliations().forEach(affiliation -> ids.add(affiliation.organizationId())));
        Map<Long, String> names = organizations.displayNames(ids);
        ids.stream().filter(id -> !names.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new IllegalArgumentException("No organisation with id " + missing);
        });
        return names;
    }

    private static void setString(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.strip());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

}
