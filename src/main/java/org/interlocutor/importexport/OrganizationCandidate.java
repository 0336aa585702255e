package org.interlocutor.importexport;

import java.util.List;
import java.util.Set;
import org.interlocutor.organization.OrganizationKind;
import org.jspecify.annotations.Nullable;

/**
 * One row of an organisations file read into what would be written: the organisation's fields, its parent as
 * named in the row (found when the row is imported, since it may be created by an earlier row), the id from an
 * earlier export, and every problem found in its cells. {@code kind} is null when the row gives none.
 */
record OrganizationCandidate(int rowNumber, String name, @Nullable String acronym, @Nullable OrganizationKind kind,
                             @Nullable String countryCode, @Nullable String parentName, @Nullable String website,
                             @Nullable String notes, @Nullable Long exportId, List<CellProblem> problems,
                             Set<OrganizationField> given) {

    OrganizationCandidate {
        problems = List.copyOf(problems);
        given = Set.copyOf(given);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** The name as the row gives it, for the preview and the report. */
    String label() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
