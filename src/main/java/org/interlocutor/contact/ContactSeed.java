package org.interlocutor.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact to write in bulk: its draft, its affiliations, and (for generated data) when it was last engaged and
 * when it was entered (now when null: an import; demo data enters its people before their first meetings, so that
 * the stakeholder map of an earlier day has them).
 */
public record ContactSeed(ContactDraft draft, List<AffiliationDraft> affiliations, @Nullable LocalDate lastEngagedOn,
                          @Nullable Instant enteredAt) {

    public ContactSeed(ContactDraft draft, List<AffiliationDraft> affiliations, @Nullable LocalDate lastEngagedOn) {
        this(draft, affiliations, lastEngagedOn, null);
    }
}
