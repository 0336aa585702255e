package org.interlocutor.importexport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much an import accepts, from {@code interlocutor.import.*}. Checked while a file is read, so a file beyond
 * them is refused as soon as the limit is crossed, with the row where it happened.
 */
@ConfigurationProperties("interlocutor.import")
record ImportLimits(
        @DefaultValue("200000") int maxRows,
        @DefaultValue("100") int maxColumns,
        @DefaultValue("32767") int maxCellCharacters,
        @DefaultValue("52428800") long maxFileBytes) {

    static final ImportLimits DEFAULTS = new ImportLimits(200_000, 100, 32_767, 50L * 1024 * 1024);

    ImportLimits {
        if (maxRows < 1 || maxColumns < 1 || maxCellCharacters < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }
}
