package org.interlocutor.contact;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A contact to write in bulk: its draft, its affiliations, and (for generated data) when it was last engaged. */
public record ContactSeed(ContactDraft draft, List<AffiliationDraft> affiliations, @Nullable LocalDate lastEngagedOn) {
}
