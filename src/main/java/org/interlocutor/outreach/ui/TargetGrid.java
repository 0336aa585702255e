package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.interlocutor.country.CountryService;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.outreach.OutreachTargetRow;
import org.interlocutor.outreach.TargetStatus;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * The targets of a plan in one status, read page by page as the person scrolls, by name unless sorted otherwise:
 * each links to its record page; a target not reached offers "Log engagement", and a manager can remove one.
 */
class TargetGrid extends Grid<OutreachTargetRow> {

    /** Up to this many rows show whole, without a scroll bar of their own. */
    private static final int SHORT = 12;

    /** What a row's buttons do; either may be absent (a viewer logs nothing, only managers remove). */
    record Actions(@Nullable Consumer<OutreachTargetRow> log, @Nullable Consumer<OutreachTargetRow> remove) {
    }

    private final TargetStatus status;

    /** {@code count}: how many the plan's progress, read with the page, says there are. */
    TargetGrid(OutreachService outreach, CountryService countries, long planId, TargetStatus status, long count,
               Actions actions) {
        super(OutreachTargetRow.class, false);
        this.status = status;
        Locale locale = Formats.locale();
        addClassNames("target-grid", "targets-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        addThemeVariants(GridVariant.AURA_NO_BORDER);
        setSelectionMode(SelectionMode.NONE);
        addComponentColumn(TargetGrid::nameCell).setKey("name").setSortProperty("name")
                .setHeader(UiTexts.translate("outreach.targets.column.name")).setFlexGrow(3).setResizable(true);
        addComponentColumn(row -> PlanPills.kind(row.kind())).setKey("kind").setSortProperty("kind")
                .setHeader(UiTexts.translate("outreach.targets.column.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> detail(row, countries, locale)).setKey("detail")
                .setHeader(UiTexts.translate("outreach.targets.column.detail")).setFlexGrow(2).setResizable(true);
        if (status == TargetStatus.REACHED) {
            ZoneId zone = Formats.zone();
            addColumn(row -> row.lastEngagedAt() == null ? ""
                    : Formats.date(LocalDate.ofInstant(row.lastEngagedAt(), zone))).setKey("last-engaged")
                    .setHeader(UiTexts.translate("outreach.targets.column.last-engaged")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        if ((status != TargetStatus.REACHED && actions.log() != null) || actions.remove() != null) {
            addComponentColumn(row -> actionsCell(row, actions)).setKey("actions")
                    .setHeader(UiTexts.translate("outreach.targets.column.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        setMultiSort(false);
        setItemsPageable(pageable -> outreach.targets(planId, status, pageable, locale), pageable -> count);
        sizeFor(count);
    }

    /** Sizes the grid to what it lists: a short list whole, a long one in a scrolling box. */
    private void sizeFor(long count) {
        setAllRowsVisible(count <= SHORT);
        setHeight(count <= SHORT ? null : "30rem");
        setVisible(count > 0);
    }

    TargetStatus status() {
        return status;
    }

    private static Component nameCell(OutreachTargetRow row) {
        String href = switch (row.kind()) {
            case CONTACT -> AppRoutes.contact(java.util.Objects.requireNonNull(row.contactId()));
            case ORGANIZATION -> AppRoutes.organization(java.util.Objects.requireNonNull(row.organizationId()));
            case COUNTRY -> AppRoutes.country(java.util.Objects.requireNonNull(row.countryCode()));
        };
        Anchor link = new Anchor(href, row.name());
        link.addClassName("target-link");
        Span cell = new Span(link);
        cell.addClassName("name-cell");
        return cell;
    }

    /** A contact's organisation, an organisation's nothing more, a country's regional group. */
    private static String detail(OutreachTargetRow row, CountryService countries, Locale locale) {
        if (row.countryCode() != null) {
            return countries.find(row.countryCode()).map(country -> country.regionalGroup() == null ? ""
                    : UiTexts.label(country.regionalGroup())).orElse("");
        }
        return row.detail() == null ? "" : row.detail();
    }

    private Component actionsCell(OutreachTargetRow row, Actions actions) {
        Div cell = new Div();
        cell.addClassName("row-actions");
        if (status != TargetStatus.REACHED && actions.log() != null) {
            Button log = new Button(UiTexts.translate("outreach.targets.log"), VaadinIcon.PLUS.create(),
                    click -> actions.log().accept(row));
            log.addThemeVariants(ButtonVariant.SMALL);
            log.addClassName("log-with-target");
            log.setAriaLabel(UiTexts.translate("outreach.targets.log.label", row.name()));
            cell.add(log);
        }
        if (actions.remove() != null) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> actions.remove().accept(row));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            remove.addClassName("remove-target");
            remove.setAriaLabel(UiTexts.translate("outreach.targets.remove.label", row.name()));
            remove.setTooltipText(UiTexts.translate("outreach.targets.remove"));
            cell.add(remove);
        }
        return cell;
    }
}
