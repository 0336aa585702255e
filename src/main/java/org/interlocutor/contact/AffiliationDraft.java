package org.interlocutor.contact;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new affiliation: where, as what, from when (to when, for past ones), and whether it is the main one. */
public record AffiliationDraft(long organizationId, @Size(max = 200) @Nullable String role,
                               @Nullable LocalDate from, @Nullable LocalDate to, boolean primary) {
}
