package org.interlocutor.importexport;

import java.util.List;
import org.interlocutor.contact.ContactDraft;
import org.jspecify.annotations.Nullable;

/**
 * One row of a contacts file read into what would be written: the contact, the organisation named for them, the id
 * from an earlier export (to match on), and every problem found in its cells. A row with problems is not written.
 */
record ContactCandidate(int rowNumber, @Nullable ContactDraft draft, @Nullable String organizationName,
                        @Nullable Long exportId, List<CellProblem> problems) {

    ContactCandidate {
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty() && draft != null;
    }
}
