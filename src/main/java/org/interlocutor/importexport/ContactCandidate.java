package org.interlocutor.importexport;

import java.util.List;
import java.util.Set;
import org.interlocutor.contact.ContactDraft;
import org.jspecify.annotations.Nullable;

/**
 * One row of a contacts file read into what would be written: the contact, the organisation named for them, the id
 * from an earlier export (to match on), and every problem found in its cells. A row with problems is not written.
 */
record ContactCandidate(int rowNumber, @Nullable ContactDraft draft, @Nullable String organizationName,
                        @Nullable Long exportId, List<CellProblem> problems, Set<ContactField> given) {

    ContactCandidate {
        problems = List.copyOf(problems);
        given = given.isEmpty() ? Set.of() : Set.copyOf(given);
    }

    /** The name as the row gives it, for the preview and the report. */
    String label() {
        return draft == null ? "" : (draft.givenName() + " " + draft.familyName()).strip();
    }

    boolean valid() {
        return problems.isEmpty() && draft != null;
    }
}
