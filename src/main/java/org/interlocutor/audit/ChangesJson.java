package org.interlocutor.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.shared.audit.FieldChange;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The changed fields of an event as the audit trail keeps them, in JSON: [{"field", "before", "after"}, ...]. */
final class ChangesJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, @Nullable String>>> LIST = new TypeReference<>() {
    };

    private ChangesJson() {
    }

    static @Nullable String write(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        List<Map<String, @Nullable String>> list = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            Map<String, @Nullable String> entry = new LinkedHashMap<>();
            entry.put("field", change.field());
            entry.put("before", change.before());
            entry.put("after", change.after());
            list.add(entry);
        }
        return JSON.writeValueAsString(list);
    }

    static List<FieldChange> read(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return JSON.readValue(json, LIST).stream()
                .map(entry -> new FieldChange(String.valueOf(entry.get("field")), entry.get("before"),
                        entry.get("after")))
                .toList();
    }
}
