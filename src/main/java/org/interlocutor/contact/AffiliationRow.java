package org.interlocutor.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a person's affiliation history. */
public record AffiliationRow(long id, long organizationId, String organizationName, @Nullable String role,
                             @Nullable LocalDate from, @Nullable LocalDate to, boolean primary, boolean current) {
}
