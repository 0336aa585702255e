package org.interlocutor.shared.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of one record as the audit trail compares them: field name to value as text, in the order
 * they were put. Each feature lists its own fields (a small method per entity, not reflection over everything), takes
 * such a picture before and after a change, and publishes the difference.
 *
 * <p>Values are written so that equal values compare equal: a blank text is no value, a collection is its elements
 * as text, sorted and joined by ", " (none is no value), anything else its {@code toString()}.
 */
public final class RecordFields {

    private final Map<String, @Nullable String> values = new LinkedHashMap<>();
    private final Set<String> secrets = new LinkedHashSet<>();

    private RecordFields() {
    }

    public static RecordFields of() {
        return new RecordFields();
    }

    /** A record that did not exist: what a creation is compared with. */
    public static RecordFields none() {
        return new RecordFields();
    }

    public RecordFields put(String field, @Nullable Object value) {
        values.put(field, text(value));
        return this;
    }

    /**
     * A field whose value the trail must never hold (the details encrypted at rest for confidential records, kept
     * masked whatever the record's sensitivity, since a record may become confidential later): compared like the
     * others, recorded as {@link FieldChange#masked}.
     */
    public RecordFields putSecret(String field, @Nullable Object value) {
        secrets.add(field);
        return put(field, value);
    }

    /** The fields whose value differs from this picture's in {@code after}, with both values (secrets masked). */
    public List<FieldChange> changesTo(RecordFields after) {
        Set<String> fields = new LinkedHashSet<>(values.keySet());
        fields.addAll(after.values.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String before = values.get(field);
            String now = after.values.get(field);
            if (!Objects.equals(before, now)) {
                boolean secret = secrets.contains(field) || after.secrets.contains(field);
                changes.add(secret ? FieldChange.masked(field) : new FieldChange(field, before, now));
            }
        }
        return changes;
    }

    /** Every field with a value, as it was before the record was removed. */
    public List<FieldChange> removed() {
        return changesTo(none());
    }

    /** Every field with a value, as a creation records it. */
    public List<FieldChange> created() {
        return none().changesTo(this);
    }

    private static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String string -> string.isBlank() ? null : string.strip();
            case Enum<?> constant -> constant.name();
            case TemporalAccessor temporal -> temporal.toString();
            case Collection<?> items -> {
                List<String> texts = items.stream().map(RecordFields::text).filter(Objects::nonNull).sorted().toList();
                yield texts.isEmpty() ? null : String.join(", ", texts);
            }
            default -> value.toString();
        };
    }
}
