package org.interlocutor.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.interlocutor.shared.crypto.SealedColumns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The encrypted notes and outcome of confidential engagements, for {@code rotate-keys}. An engagement is rewritten
 * only if its version is still the one read: an edit meanwhile has written it again, under the current key.
 */
@Component
class EngagementSealedColumns implements SealedColumns {

    private static final int PAGE = 1000;

    private final FieldEncryption encryption;

    EngagementSealedColumns(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String name() {
        return "engagements";
    }

    @Override
    public long reseal(JdbcTemplate jdbc) {
        long rewritten = 0;
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, version, sealed_notes, sealed_outcome"
                    + " from engagement where (sealed_notes is not null or sealed_outcome is not null) and id > ?"
                    + " order by id limit " + PAGE, after);
            if (page.isEmpty()) {
                return rewritten;
            }
            List<Object[]> changed = new ArrayList<>();
            for (Map<String, Object> row : page) {
                after = ((Number) row.get("id")).longValue();
                String notes = resealed(Engagement.NOTES, row.get("sealed_notes"));
                String outcome = resealed(Engagement.OUTCOME, row.get("sealed_outcome"));
                if (!Objects.equals(notes, row.get("sealed_notes"))
                        || !Objects.equals(outcome, row.get("sealed_outcome"))) {
                    changed.add(new Object[] {notes, outcome, after, row.get("version")});
                }
            }
            jdbc.batchUpdate("update engagement set sealed_notes = ?, sealed_outcome = ? where id = ? and version = ?",
                    changed);
            rewritten += changed.size();
        }
    }

    private @Nullable String resealed(String context, @Nullable Object stored) {
        return stored == null ? null : encryption.reseal(context, stored.toString());
    }
}
