package org.interlocutor.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/** A grid's sort as the services take it: what an export of the list in the order it shows needs. */
public final class GridSorts {

    private GridSorts() {
    }

    /** The columns' sort properties in the grid's order; unsorted when the person sorted nothing. */
    public static <T> Sort of(Grid<T> grid) {
        List<Sort.Order> orders = new ArrayList<>();
        for (GridSortOrder<T> order : grid.getSortOrder()) {
            order.getSorted().getSortOrder(order.getDirection()).forEach(sorted -> orders.add(
                    sorted.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(sorted.getSorted())
                            : Sort.Order.desc(sorted.getSorted())));
        }
        return Sort.by(orders);
    }
}
