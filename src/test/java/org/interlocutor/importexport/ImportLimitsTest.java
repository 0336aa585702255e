package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ImportLimitsTest {

    @Test
    void limitsAreBoundFromInterlocutorImportProperties() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "interlocutor.import.max-rows", "500",
                "interlocutor.import.max-columns", "20",
                "interlocutor.import.max-cell-characters", "1000",
                "interlocutor.import.max-file-bytes", "2048")));

        assertThat(binder.bindOrCreate("interlocutor.import", ImportLimits.class))
                .isEqualTo(new ImportLimits(500, 20, 1000, 2048));
    }

    @Test
    void withoutPropertiesTheDefaultsApply() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

        assertThat(binder.bindOrCreate("interlocutor.import", ImportLimits.class)).isEqualTo(ImportLimits.DEFAULTS);
    }
}
