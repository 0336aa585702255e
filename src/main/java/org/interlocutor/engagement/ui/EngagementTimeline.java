package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;

/**
 * An engagement history, newest first: one card per engagement, read page by page as the person scrolls. A short
 * history shows whole; an empty one says so.
 */
class EngagementTimeline extends Div {

    /** Histories up to this long show whole, without a scroll bar of their own. */
    static final int SHORT = 6;

    final Grid<EngagementRow> grid = new Grid<>(EngagementRow.class, false);
    private final Paragraph empty;
    private final transient EngagementService engagements;
    private final EngagementFilter filter;

    EngagementTimeline(EngagementService engagements, EngagementFilter filter, String emptyText) {
        this.engagements = engagements;
        this.filter = filter;
        addClassName("timeline");
        grid.addComponentColumn(EngagementCard::new).setKey("engagement");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER, GridVariant.AURA_WRAP_CELL_CONTENT);
        grid.addClassName("timeline-grid");
        empty = new Paragraph(emptyText);
        empty.addClassName("empty-note");
        add(grid, empty);
        refresh();
    }

    /** Reads the history again (an engagement was logged or changed). */
    void refresh() {
        int found = PagedFill.fill(grid, pageable -> engagements.rows(filter, pageable), SHORT, "40rem");
        empty.setVisible(found == 0);
    }

    boolean isEmpty() {
        return empty.isVisible();
    }
}
