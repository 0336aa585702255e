package org.interlocutor.engagement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many engagements at once with JDBC batches, for the demo-data loader: the same rows, keys and
 * sensitivity floor as {@link EngagementService} writes one at a time, a confidential engagement's notes and
 * outcome encrypted as {@link Engagement} keeps them. Participants' last-engagement dates are the caller's to set
 * once at the end.
 */
@Component
public class EngagementBulkWriter {

    private final DataSource dataSource;
    private final OrganizationPlaces places;
    private final Clock clock;
    private final FieldEncryption encryption;
    private final Map<Long, EngagementKeys.OrganizationPlace> placeCache = new HashMap<>();

    EngagementBulkWriter(DataSource dataSource, OrganizationPlaces places, Clock clock, FieldEncryption encryption) {
        this.encryption = encryption;
        this.dataSource = dataSource;
        this.places = places;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long totalEngagements() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("select count(*) from engagement", Long.class);
    }

    /** Each contact's latest live engagement date, from the contacts' keys: for loaders to set once at the end. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, java.time.LocalDate> lastEngagementDates() {
        Map<Long, java.time.LocalDate> dates = new HashMap<>();
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).query(
                "select lookup, max(started_at) from engagement_key where lookup like 'contact:%' group by lookup",
                row -> {
                    dates.put(Long.parseLong(row.getString(1).substring("contact:".length())),
                            row.getObject(2, LocalDateTime.class).toLocalDate());
                });
        return dates;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void insert(List<EngagementSeed> seeds, String createdBy) {
        if (seeds.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            List<Long> ids = insertEngagements(connection, seeds, createdBy);
            insertLinks(connection, seeds, ids);
            insertKeys(connection, seeds, ids);
            insertFollowUps(connection, seeds, ids, createdBy);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the engagements: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<Long> insertEngagements(Connection connection, List<EngagementSeed> seeds, String by)
            throws SQLException {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into engagement (kind, started_at, ended_at, place, title, notes, outcome, sealed_notes,
                    sealed_outcome, sensitivity, owner_id, archived, created_at, created_by, updated_at, updated_by,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)
                """, Statement.RETURN_GENERATED_KEYS)) {
            for (EngagementSeed seed : seeds) {
                int i = 1;
                insert.setString(i++, seed.kind().name());
                insert.setObject(i++, utc(seed.startedAt()));
                insert.setObject(i++, seed.endedAt() == null ? null : utc(seed.endedAt()));
                insert.setString(i++, seed.place());
                insert.setString(i++, seed.title());
                boolean encrypted = FieldEncryption.appliesTo(sensitivity(seed));
                insert.setString(i++, encrypted ? null : seed.notes());
                insert.setString(i++, encrypted ? null : seed.outcome());
                insert.setString(i++, encrypted ? encryption.sealNullable(Engagement.NOTES, seed.notes()) : null);
                insert.setString(i++, encrypted ? encryption.sealNullable(Engagement.OUTCOME, seed.outcome()) : null);
                insert.setString(i++, sensitivity(seed).name());
                insert.setLong(i++, seed.ownerId());
                insert.setObject(i++, now);
                insert.setString(i++, by);
                insert.setObject(i++, now);
                insert.setString(i, by);
                insert.addBatch();
            }
            insert.executeBatch();
            return generatedKeys(insert, seeds.size());
        }
    }

    private void insertLinks(Connection connection, List<EngagementSeed> seeds, List<Long> ids)
            throws SQLException {
        try (PreparedStatement participants = connection.prepareStatement(
                "insert into engagement_participant (engagement_id, contact_id) values (?, ?)");
             PreparedStatement organizationLinks = connection.prepareStatement(
                     "insert into engagement_organization (engagement_id, organization_id) values (?, ?)");
             PreparedStatement staff = connection.prepareStatement(
                     "insert into engagement_staff (engagement_id, user_id) values (?, ?)");
             PreparedStatement campaigns = connection.prepareStatement(
                     "insert into engagement_campaign (engagement_id, campaign_id) values (?, ?)");
             PreparedStatement access = connection.prepareStatement(
                     "insert into engagement_access (engagement_id, user_id) values (?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                EngagementSeed seed = seeds.get(s);
                long id = ids.get(s);
                addPairs(participants, id, seed.participants().stream().map(ParticipantFacts::contactId).toList());
                addPairs(organizationLinks, id, new HashSet<>(seed.organizationIds()));
                addPairs(staff, id, new HashSet<>(seed.staffIds()));
                addPairs(campaigns, id, new HashSet<>(seed.campaignIds()));
                // the readers EngagementAccess would set: a new engagement has no grants yet, only staff and assignees
                Set<Long> readers = new HashSet<>(seed.staffIds());
                seed.followUps().forEach(followUp -> readers.add(followUp.assigneeId()));
                addPairs(access, id, readers);
            }
            participants.executeBatch();
            organizationLinks.executeBatch();
            staff.executeBatch();
            campaigns.executeBatch();
            access.executeBatch();
        }
    }

    private void insertKeys(Connection connection, List<EngagementSeed> seeds, List<Long> ids) throws SQLException {
        try (PreparedStatement keys = connection.prepareStatement("insert into engagement_key "
                + "(lookup, started_at, engagement_id, sensitivity, owner_id) values (?, ?, ?, ?, ?)")) {
            for (int s = 0; s < seeds.size(); s++) {
                EngagementSeed seed = seeds.get(s);
                List<EngagementKeys.OrganizationPlace> organizationPlaces = seed.organizationIds().stream()
                        .map(this::place).toList();
                LocalDateTime startedAt = utc(seed.startedAt());
                String sensitivity = sensitivity(seed).name();
                // encrypted notes give no search words
                String notes = FieldEncryption.appliesTo(sensitivity(seed)) ? null : seed.notes();
                for (String key : EngagementKeys.of(seed.kind(), seed.title(), notes, seed.participants(),
                        organizationPlaces, seed.staffIds(), seed.campaignIds())) {
                    keys.setString(1, key);
                    keys.setObject(2, startedAt);
                    keys.setLong(3, ids.get(s));
                    keys.setString(4, sensitivity);
                    keys.setLong(5, seed.ownerId());
                    keys.addBatch();
                }
            }
            keys.executeBatch();
        }
    }

    private void insertFollowUps(Connection connection, List<EngagementSeed> seeds, List<Long> ids, String by)
            throws SQLException {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<EngagementSeed.FollowUpSeed> written = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into follow_up (engagement_id, description, assignee_id, due_on, status, closed_at, created_at,
                    created_by, updated_at, updated_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, Statement.RETURN_GENERATED_KEYS)) {
            for (int s = 0; s < seeds.size(); s++) {
                for (EngagementSeed.FollowUpSeed followUp : seeds.get(s).followUps()) {
                    int i = 1;
                    insert.setLong(i++, ids.get(s));
                    insert.setString(i++, followUp.description());
                    insert.setLong(i++, followUp.assigneeId());
                    insert.setObject(i++, followUp.dueOn());
                    insert.setString(i++, followUp.status().name());
                    insert.setObject(i++, followUp.status() == FollowUpStatus.OPEN ? null : now);
                    insert.setObject(i++, now);
                    insert.setString(i++, by);
                    insert.setObject(i++, now);
                    insert.setString(i, by);
                    insert.addBatch();
                    written.add(followUp);
                }
            }
            if (written.isEmpty()) {
                return;
            }
            insert.executeBatch();
            List<Long> followUpIds = generatedKeys(insert, written.size());
            try (PreparedStatement contacts = connection.prepareStatement(
                    "insert into follow_up_contact (follow_up_id, contact_id) values (?, ?)")) {
                for (int f = 0; f < written.size(); f++) {
                    addPairs(contacts, followUpIds.get(f), written.get(f).contactIds());
                }
                contacts.executeBatch();
            }
        }
    }

    /** The seed's sensitivity, raised to its most sensitive participant's, as the service does. */
    private static Sensitivity sensitivity(EngagementSeed seed) {
        return EngagementService.atLeast(seed.sensitivity(), seed.participants());
    }

    /** Looked up once per organisation for the whole load. */
    private EngagementKeys.OrganizationPlace place(long organizationId) {
        return placeCache.computeIfAbsent(organizationId, places::of);
    }

    private static void addPairs(PreparedStatement insert, long id, Collection<Long> others) throws SQLException {
        for (long other : others) {
            insert.setLong(1, id);
            insert.setLong(2, other);
            insert.addBatch();
        }
    }

    private static List<Long> generatedKeys(PreparedStatement insert, int expected) throws SQLException {
        List<Long> ids = new ArrayList<>(expected);
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        if (ids.size() != expected) {
            throw new SQLException("expected " + expected + " generated ids, got " + ids.size());
        }
        return ids;
    }

    /** UTC wall-clock time to the second, as {@link Engagement} keeps it. */
    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
