package org.interlocutor.importexport;

import java.util.List;
import org.interlocutor.contact.ContactFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * What a contacts export holds: the list's filter and sort, its visible columns (the contacts list's column ids;
 * empty for all), or only the selected contacts when {@code selectedIds} is given (in that order).
 */
public record ContactExport(ContactFilter filter, Sort sort, List<String> columns, @Nullable List<Long> selectedIds) {

    public ContactExport {
        columns = List.copyOf(columns);
        selectedIds = selectedIds == null ? null : List.copyOf(selectedIds);
    }

    public static ContactExport of(ContactFilter filter) {
        return new ContactExport(filter, Sort.unsorted(), List.of(), null);
    }
}
