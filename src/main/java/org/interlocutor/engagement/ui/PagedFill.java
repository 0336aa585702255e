package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Fills a grid from a paged query: a short result shows whole, without a scroll bar of its own; a long one is read
 * page by page as the person scrolls, in a grid of the given height. Only the first few rows are read to tell.
 */
final class PagedFill {

    private PagedFill() {
    }

    /** Returns how many rows the first read found, up to {@code shortLength + 1}: 0 means there is nothing. */
    static <T> int fill(Grid<T> grid, Function<Pageable, List<T>> pages, int shortLength, String longHeight) {
        List<T> first = pages.apply(PageRequest.of(0, shortLength + 1));
        if (first.size() <= shortLength) {
            grid.setItems(first);
            grid.setHeight(null);
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight(longHeight);
            grid.setItemsPageable(pages::apply);
        }
        grid.setVisible(!first.isEmpty());
        return first.size();
    }
}
