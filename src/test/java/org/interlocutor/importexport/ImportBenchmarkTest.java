package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@WithStaff(username = "import.bench.admin", role = Role.ADMIN)
class ImportBenchmarkTest {

    @Autowired
    ImportBenchmark benchmark;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void timesEachPhaseAndLeavesTheContactsAsTheyWere() {
        long contactsBefore = count("contact");
        long emailsBefore = count("contact_email");
        long affiliationsBefore = count("affiliation");

        ImportBenchmark.Figures figures = benchmark.measure(300);

        assertThat(figures.rows()).isEqualTo(300);
        assertThat(figures.created() + figures.skipped()).isEqualTo(300);
        assertThat(figures.skipped()).isEqualTo(figures.matching());
        assertThat(figures.rejected()).isZero();
        assertThat(figures.parseSeconds()).isPositive();
        assertThat(figures.insertSeconds()).isPositive();
        assertThat(figures.importSeconds()).isPositive();
        assertThat(figures.peakHeapBytes()).isPositive();
        assertThat(figures.limitRatio()).isPositive();
        assertThat(count("contact")).isEqualTo(contactsBefore);
        assertThat(count("contact_email")).isEqualTo(emailsBefore);
        assertThat(count("affiliation")).isEqualTo(affiliationsBefore);
    }
}
