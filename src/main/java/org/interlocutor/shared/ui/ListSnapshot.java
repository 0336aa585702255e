package org.interlocutor.shared.ui;

import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * A list as the person sees it at the moment of an export: its filter as the address bar writes it, its sort, its
 * visible columns (the list's own column ids) and the ids of the ticked rows (empty when none).
 */
public record ListSnapshot(String queryString, Sort sort, List<String> columns, List<Long> selectedIds) {

    public ListSnapshot {
        columns = List.copyOf(columns);
        selectedIds = List.copyOf(selectedIds);
    }
}
