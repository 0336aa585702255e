package org.interlocutor.engagement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.interlocutor.shared.Sensitivity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the engagement_key rows of an engagement, inside the caller's transaction: plain JDBC batches, since the
 * rows are derived data that no entity owns.
 */
@Component
class EngagementKeyWriter {

    private static final String INSERT = "insert into engagement_key "
            + "(lookup, started_at, engagement_id, sensitivity, owner_id) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    EngagementKeyWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long engagementId, Instant startedAt, Sensitivity sensitivity, long ownerId,
                 Collection<String> keys) {
        remove(engagementId);
        List<Object[]> rows = new ArrayList<>(keys.size());
        // as Hibernate writes instants (hibernate.jdbc.time_zone=UTC): UTC wall-clock time, whatever the JVM's zone
        LocalDateTime at = LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC);
        for (String key : keys) {
            rows.add(new Object[] {key, at, engagementId, sensitivity.name(), ownerId});
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    void remove(long engagementId) {
        jdbc.update("delete from engagement_key where engagement_id = ?", engagementId);
    }

    void removeAll(Collection<Long> engagementIds) {
        jdbc.batchUpdate("delete from engagement_key where engagement_id = ?",
                engagementIds.stream().map(id -> new Object[] {id}).toList());
    }

    /**
     * Replaces the engagement's word keys only (its other keys stay): when its notes are encrypted, it is found by
     * the words of its title alone.
     */
    void replaceWords(long engagementId, Instant startedAt, Sensitivity sensitivity, long ownerId,
                      Collection<String> wordKeys) {
        jdbc.update("delete from engagement_key where engagement_id = ? and lookup like 'word:%'", engagementId);
        LocalDateTime at = LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, wordKeys.stream()
                .map(key -> new Object[] {key, at, engagementId, sensitivity.name(), ownerId}).toList());
    }

    void setSensitivity(long engagementId, Sensitivity sensitivity) {
        jdbc.update("update engagement_key set sensitivity = ? where engagement_id = ?", sensitivity.name(),
                engagementId);
    }
}
