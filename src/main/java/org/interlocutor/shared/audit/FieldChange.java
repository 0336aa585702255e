package org.interlocutor.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record before and after a change, as text. A secret field (a password hash, an encrypted note) is
 * recorded masked: that it changed, never its value.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

    public static final String MASK = "••••••";

    public static FieldChange of(String field, @Nullable Object before, @Nullable Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public static FieldChange masked(String field) {
        return new FieldChange(field, MASK, MASK);
    }

    /** Whether the field changed. A masked change always did: it is recorded only when the secret changed. */
    public boolean changed() {
        return masked() || (before == null ? after != null : !before.equals(after));
    }

    /** Whether the values are hidden because the field is a secret. */
    public boolean masked() {
        return MASK.equals(before) && MASK.equals(after);
    }
}
