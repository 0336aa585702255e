package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an imported row changes in the record it matches, field by field. UPDATE overwrites a field with the row's
 * value when the row has one; FILL only sets fields that are empty. Each change is noted for the preview.
 */
final class FieldMerge {

    private final Set<? extends ImportField> given;
    private final boolean overwrite;
    private final Function<Object, String> text;
    private final List<FieldChange> changes = new ArrayList<>();

    /** {@code given}: the fields the row has a value for; {@code text} shows a value as the preview does. */
    FieldMerge(Set<? extends ImportField> given, DuplicateMode mode, Function<Object, String> text) {
        this.given = given;
        this.overwrite = mode == DuplicateMode.UPDATE;
        this.text = text;
    }

    /** The field's value after the merge; {@code current} is null when the field is empty. */
    <T> @Nullable T value(ImportField field, @Nullable T current, @Nullable T offered) {
        return value(field, current, offered, current);
    }

    /**
     * As {@link #value(ImportField, Object, Object)}, for a field that always holds something: {@code current} is
     * null when it counts as empty (a default), {@code kept} is what stays when nothing changes.
     */
    <T> @Nullable T value(ImportField field, @Nullable T current, @Nullable T offered, @Nullable T kept) {
        return value(field, current, offered, kept, text);
    }

    /** As above, with the values shown by {@code shown} (an id by its name, say). */
    <T> @Nullable T value(ImportField field, @Nullable T current, @Nullable T offered, @Nullable T kept,
                          Function<? super T, String> shown) {
        if (!given.contains(field) || offered == null || Objects.equals(offered, kept)) {
            return kept;
        }
        if (current != null && !overwrite) {
            return kept;
        }
        changes.add(new FieldChange(field, kept == null ? "" : shown.apply(kept), shown.apply(offered)));
        return offered;
    }

    /** Notes a change made outside {@link #value} (a list that gains members). */
    void changed(ImportField field, String before, String after) {
        changes.add(new FieldChange(field, before, after));
    }

    List<FieldChange> changes() {
        return List.copyOf(changes);
    }
}
