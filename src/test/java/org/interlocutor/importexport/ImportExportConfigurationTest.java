package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ImportExportConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ImportExportConfiguration.class);

    @Test
    void theLimitsAreRegisteredAndReachTheFileReader() {
        context.withPropertyValues("interlocutor.import.max-rows=7").run(started -> {
            assertThat(started.getBean(ImportLimits.class).maxRows()).isEqualTo(7);
            assertThat(started.getBean(ImportLimits.class).maxColumns()).isEqualTo(100);
            assertThat(started).hasSingleBean(SpreadsheetFiles.class);
        });
    }
}
