package org.interlocutor.importexport;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interlocutor.shared.SearchPatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mappings saved by name and shared by the team: for each header, as written in the file, the field it holds.
 * Stored by header rather than by column, so that a mapping fits next month's file even when its columns moved.
 */
@Component
class SavedMappings {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SavedMappings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<String> names(ImportType type) {
        return jdbc.queryForList("select name from import_mapping where import_type = ? order by name_key",
                String.class, type.name());
    }

    /** The saved mapping: each header (normalized as {@link ColumnGuesser#normalize}) to its field. */
    Optional<Map<String, ImportField>> find(ImportType type, String name) {
        return jdbc.queryForList("select columns_text from import_mapping where import_type = ? and name_key = ?",
                String.class, type.name(), key(name)).stream().findFirst().map(text -> parse(type, text));
    }

    /** Saves the mapping under that name, replacing the one saved before under the same name. */
    void save(ImportType type, String name, Map<String, ImportField> fieldsByHeader, String by) {
        String text = fieldsByHeader.entrySet().stream()
                .map(entry -> ColumnGuesser.normalize(entry.getKey()) + "\t" + entry.getValue().name())
                .collect(Collectors.joining("\n"));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        int changed = jdbc.update("update import_mapping set name = ?, columns_text = ?, updated_at = ?, "
                + "updated_by = ? where import_type = ? and name_key = ?", name.strip(), text, now, by, type.name(),
                key(name));
        if (changed == 0) {
            jdbc.update("insert into import_mapping (import_type, name, name_key, columns_text, updated_at, "
                    + "updated_by) values (?, ?, ?, ?, ?, ?)", type.name(), name.strip(), key(name), text, now, by);
        }
    }

    void delete(ImportType type, String name) {
        jdbc.update("delete from import_mapping where import_type = ? and name_key = ?", type.name(), key(name));
    }

    private static Map<String, ImportField> parse(ImportType type, String text) {
        Map<String, ImportField> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                type.field(line.substring(tab + 1)).ifPresent(field -> fields.put(line.substring(0, tab), field));
            }
        }
        return fields;
    }

    private static String key(String name) {
        String folded = SearchPatterns.fold(name.strip());
        return folded.length() <= 100 ? folded : folded.substring(0, 100);
    }
}
