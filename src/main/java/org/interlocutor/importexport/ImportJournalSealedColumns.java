package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.interlocutor.shared.crypto.SealedColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The encrypted values before an import's updates (see {@link ImportJournal}), for {@code rotate-keys}. */
@Component
class ImportJournalSealedColumns implements SealedColumns {

    private static final int PAGE = 500;

    private final FieldEncryption encryption;

    ImportJournalSealedColumns(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String name() {
        return "import journal entries";
    }

    @Override
    public long reseal(JdbcTemplate jdbc) {
        long rewritten = 0;
        long after = 0;
        while (true) {
            List<Map<String, Object>> page = jdbc.queryForList("select id, previous_values from import_record"
                    + " where previous_values is not null and id > ? order by id limit " + PAGE, after);
            if (page.isEmpty()) {
                return rewritten;
            }
            List<Object[]> changed = new ArrayList<>();
            for (Map<String, Object> row : page) {
                after = ((Number) row.get("id")).longValue();
                String stored = (String) row.get("previous_values");
                String resealed = encryption.reseal(ImportJournal.PREVIOUS_VALUES, stored);
                if (!resealed.equals(stored)) {
                    changed.add(new Object[] {resealed, after});
                }
            }
            jdbc.batchUpdate("update import_record set previous_values = ? where id = ?", changed);
            rewritten += changed.size();
        }
    }
}
