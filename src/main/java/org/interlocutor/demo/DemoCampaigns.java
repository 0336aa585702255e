package org.interlocutor.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Placeholder until the campaign branch lands: the campaigns there are. */
@Component
class DemoCampaigns {

    private final JdbcTemplate jdbc;

    DemoCampaigns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ensureCampaigns() {
        return jdbc.queryForList("select id from campaign where archived = false order by id", Long.class);
    }
}
