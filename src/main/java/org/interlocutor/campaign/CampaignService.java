package org.interlocutor.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Placeholder until the campaign branch lands (same signatures). */
@Service
public class CampaignService {

    private final JdbcClient jdbc;

    CampaignService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, CampaignRow> byIds(Collection<Long> ids) {
        Map<Long, CampaignRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("select id, name, status, starts_on, ends_on, archived from campaign where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new CampaignRow(rs.getLong(1), rs.getString(2), CampaignStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .list().forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    public List<CampaignRow> suggest(String text, Pageable pageable) {
        return List.of();
    }
}
