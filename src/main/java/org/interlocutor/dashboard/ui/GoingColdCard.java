package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.interlocutor.country.CountryService;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.engagement.QuietContact;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Key people going cold: contacts of influence 4 or 5 the reader has not been seen meeting for N days (N from the
 * configuration, changeable here), in a lazy grid, the most influential first.
 */
class GoingColdCard extends DashboardCard {

    private static final int SHORT = 8;

    private final transient DashboardService dashboard;
    final IntegerField days = new IntegerField();
    final Span count = new Span();
    final Grid<QuietContact> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private int shownDays;

    GoingColdCard(DashboardService dashboard, CountryService countries) {
        super(UiTexts.translate("dashboard.going-cold.title"), "going-cold-card");
        this.dashboard = dashboard;
        count.addClassNames("status-pill", "going-cold-count");
        title.add(count);
        days.setLabel(getTranslation("dashboard.going-cold.days"));
        days.setMin(1);
        days.setMax(DashboardService.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.addClassName("going-cold-days");
        days.setValue(dashboard.goingColdDays());
        days.addValueChangeListener(change -> {
            Integer value = change.getValue();
            if (value != null && value >= 1 && value <= DashboardService.MAX_DAYS) {
                show(value);
            }
        });
        addToHeading(days);

        grid.addComponentColumn(row -> {
                    Anchor link = new Anchor(AppRoutes.contact(row.contact().id()), row.contact().displayName());
                    link.addClassName("contact-link");
                    return link;
                }).setKey("name").setHeader(getTranslation("dashboard.going-cold.column.name")).setFlexGrow(2);
        grid.addColumn(row -> row.contact().influence() == null ? "" : row.contact().influence().toString())
                .setKey("influence").setHeader(getTranslation("dashboard.going-cold.column.influence"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> text(row.contact().organizationName())).setKey("organization")
                .setHeader(getTranslation("dashboard.going-cold.column.organization")).setFlexGrow(2);
        grid.addColumn(row -> countries.name(row.contact().countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("dashboard.going-cold.column.country")).setFlexGrow(1);
        grid.addColumn(row -> text(row.contact().ownerName())).setKey("owner")
                .setHeader(getTranslation("dashboard.going-cold.column.owner")).setFlexGrow(1);
        grid.addColumn(row -> row.lastEngagedAt() == null ? getTranslation("dashboard.going-cold.never")
                        // engagement days are UTC days, as the figure counts them
                        : Formats.date(LocalDate.ofInstant(row.lastEngagedAt(), ZoneOffset.UTC)))
                .setKey("last-engaged").setHeader(getTranslation("dashboard.going-cold.column.last-engaged"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("going-cold-grid");
        empty.addClassName("empty-note");
        add(grid, empty);
        show(dashboard.goingColdDays());
    }

    private void show(int newDays) {
        shownDays = newDays;
        long found = dashboard.countGoingCold(newDays);
        count.setText(FigureLabels.number(found));
        count.getElement().setAttribute("aria-label", getTranslation("dashboard.going-cold.count", found, newDays));
        empty.setText(getTranslation("dashboard.going-cold.empty", newDays));
        empty.setVisible(found == 0);
        grid.setVisible(found > 0);
        // read page by page as the person scrolls, the count already known; a short list shows whole
        grid.setItems(query -> dashboard.goingCold(newDays, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) Math.min(found, Integer.MAX_VALUE));
        grid.setAllRowsVisible(found <= SHORT);
        grid.setHeight(found <= SHORT ? null : "22rem");
    }

    int shownDays() {
        return shownDays;
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
