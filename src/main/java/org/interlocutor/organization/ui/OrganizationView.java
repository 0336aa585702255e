package org.interlocutor.organization.ui;

import org.interlocutor.shared.ui.Breadcrumb;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.Definitions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;
import org.interlocutor.country.CountryService;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * One organisation: where it sits in its tree, what it is, its sub-units, and whatever other features add to the
 * page (the people who work there). Officers and above edit, archive and add sub-units.
 */
@Route(AppRoutes.ORGANIZATION)
@PermitAll
@StyleSheet("styles/places.css")
class OrganizationView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Rows the sub-unit tree shows before it scrolls. */
    private static final int VISIBLE_TREE_ROWS = 10;

    private final transient OrganizationService organizations;
    private final transient CountryService countries;
    private final transient PageSections pageSections;
    private final transient AuthenticationContext authentication;

    private @Nullable OrganizationRow organization;
    private long requestedId;
    @Nullable TreeGrid<OrganizationRow> subUnits;
    final StaleNotice staleNotice = new StaleNotice();

    OrganizationView(OrganizationService organizations, CountryService countries, PageSections pageSections,
                     AuthenticationContext authentication) {
        this.organizations = organizations;
        this.countries = countries;
        this.pageSections = pageSections;
        this.authentication = authentication;
        addClassNames("view", "record-view", "organization-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        requestedId = id.orElse(-1L);
        show(id.flatMap(organizations::find).orElse(null));
    }

    private void reload() {
        show(organizations.find(requestedId).orElse(null));
    }

    private void show(@Nullable OrganizationRow row) {
        organization = row;
        subUnits = null;
        removeAll();
        if (row == null) {
            add(notFound());
            return;
        }
        staleNotice.setVisible(false);
        add(breadcrumb(row), header(row), staleNotice, details(row), subUnitsCard(row));
        pageSections.create(PageSection.Page.ORGANIZATION, String.valueOf(row.id())).forEach(this::add);
    }

    private Component notFound() {
        Section card = new Section();
        card.addClassNames("card", "record-not-found");
        card.add(new H2(getTranslation("organization.not-found.title")),
                new Paragraph(getTranslation("organization.not-found.text")),
                new Anchor(AppRoutes.ORGANIZATIONS, getTranslation("organization.back-to-list")));
        return card;
    }

    private Component breadcrumb(OrganizationRow row) {
        Breadcrumb trail = new Breadcrumb(getTranslation("organization.breadcrumb"), AppRoutes.ORGANIZATIONS,
                getTranslation("organizations.title"));
        for (OrganizationRow step : organizations.lineage(row.id())) {
            if (step.id() == row.id()) {
                trail.current(step.displayName());
            } else {
                trail.link(AppRoutes.organization(step.id()), step.displayName());
            }
        }
        return trail;
    }

    private Component header(OrganizationRow row) {
        Div title = new Div(new H2(row.name()));
        title.addClassName("record-title-line");
        if (row.acronym() != null) {
            Span acronym = new Span(row.acronym());
            acronym.addClassNames("status-pill", "pill-neutral", "acronym");
            title.add(acronym);
        }
        if (row.archived()) {
            Span archived = new Span(getTranslation("organizations.archived"));
            archived.addClassNames("status-pill", "pill-archived");
            title.add(archived);
        }
        String kindAndCountry = UiTexts.label(row.kind())
                + (row.countryCode() == null ? "" : " · " + countries.name(row.countryCode(), getLocale()));
        Div subtitle = new Div(kindAndCountry);
        subtitle.addClassName("record-subtitle");
        Div heading = new Div(title, subtitle);
        heading.addClassName("record-heading");

        Div header = new Div(heading);
        header.addClassName("record-header");
        if (authentication.hasRole("OFFICER")) {
            header.add(actions(row));
        }
        return header;
    }

    private Component actions(OrganizationRow row) {
        Button edit = new Button(getTranslation("organization.edit"), VaadinIcon.EDIT.create(),
                click -> openEditDialog(row));
        edit.addClassName("edit-organization");
        Button addSubUnit = new Button(getTranslation("organization.add-sub-unit"), VaadinIcon.PLUS.create(),
                click -> openSubUnitDialog(row));
        addSubUnit.addClassName("add-sub-unit");
        addSubUnit.setEnabled(!row.archived());
        Button archive = new Button(getTranslation(row.archived() ? "organization.restore" : "organization.archive"),
                click -> confirmArchive(row));
        archive.addClassName(row.archived() ? "restore-organization" : "archive-organization");
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(edit, addSubUnit, archive);
        actions.addClassName("record-actions");
        return actions;
    }

    private Component details(OrganizationRow row) {
        Div list = new Div();
        list.addClassName("definition-list");
        list.add(definition("organization.field.kind", new Span(UiTexts.label(row.kind()))));
        if (row.countryCode() != null) {
            list.add(definition("organization.field.country", new Anchor(AppRoutes.country(row.countryCode()),
                    countries.name(row.countryCode(), getLocale()))));
        }
        if (row.parentId() != null) {
            list.add(definition("organization.field.parent", new Anchor(AppRoutes.organization(row.parentId()),
                    row.parentName() == null ? "" : row.parentName())));
        }
        if (row.website() != null) {
            String href = Websites.href(row.website());
            if (href == null) {
                list.add(definition("organization.field.website", new Span(row.website())));
            } else {
                Anchor website = new Anchor(href, Websites.label(row.website()), AnchorTarget.BLANK);
                website.getElement().setAttribute("rel", "noopener noreferrer");
                website.addClassName("website");
                list.add(definition("organization.field.website", website));
            }
        }
        if (row.notes() != null) {
            list.add(definition("organization.field.notes", new Span(row.notes())));
        }
        list.add(definition("organization.last-updated", new Span(lastUpdate(row))));
        return card("organization.details", list, null);
    }

    /** The Court's structure ships as reference data: its rows say so rather than show a user name and midnight. */
    private String lastUpdate(OrganizationRow row) {
        if ("reference-data".equals(row.updatedBy())) {
            return getTranslation("organization.updated-reference-data",
                    Formats.date(LocalDate.ofInstant(row.updatedAt(), Formats.zone())));
        }
        return getTranslation("organization.updated-by", Formats.dateTime(row.updatedAt()), row.updatedBy());
    }

    private Div definition(String termKey, Component value) {
        return Definitions.of(getTranslation(termKey), value);
    }

    private Component subUnitsCard(OrganizationRow row) {
        if (row.subUnitCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("organization.sub-units.empty"));
            empty.addClassName("empty-state");
            return card("organization.sub-units", empty, null).withClass("sub-units");
        }
        TreeGrid<OrganizationRow> tree = new TreeGrid<>();
        // each level comes sorted by name from the database: the columns offer no sorting of their own
        tree.addHierarchyColumn(OrganizationRow::displayName)
                .setHeader(getTranslation("organizations.column.name")).setFlexGrow(1).setSortable(false);
        tree.addColumn(sub -> UiTexts.label(sub.kind())).setHeader(getTranslation("organizations.column.kind"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(false);
        tree.addColumn(sub -> sub.subUnitCount() == 0 ? "" : Long.toString(sub.subUnitCount()))
                .setHeader(getTranslation("organizations.column.sub-units")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setSortable(false);
        tree.setDataProvider(new SubUnitsDataProvider(organizations, row));
        tree.addItemClickListener(click -> open(click.getItem()));
        tree.addClassName("clickable-rows");
        tree.setWidthFull();
        fitHeight(tree, row.subUnitCount());
        // Opening a node adds rows: let the tree grow up to its scrolling height rather than scroll at once.
        tree.addExpandListener(expanded -> fitHeight(tree, VISIBLE_TREE_ROWS));
        subUnits = tree;
        return card("organization.sub-units", tree, getTranslation("organization.sub-units.count",
                row.subUnitCount())).withClass("sub-units");
    }

    private static void fitHeight(TreeGrid<OrganizationRow> tree, long rows) {
        long shown = Math.max(1, Math.min(rows, VISIBLE_TREE_ROWS));
        tree.setHeight("calc(" + shown + " * var(--places-row-height) + var(--places-header-height))");
    }

    private Card card(String titleKey, Component content, @Nullable String count) {
        return new Card(getTranslation(titleKey), count, content);
    }

    private void openEditDialog(OrganizationRow row) {
        OrganizationDialog.forExisting(organizations, countries, row, saved -> {
            Notifications.success(getTranslation("organization.saved", saved.displayName()));
            show(saved);
        }, this::reload).open();
    }

    private void openSubUnitDialog(OrganizationRow row) {
        OrganizationDialog.forNew(organizations, countries, row, created -> {
            Notifications.success(getTranslation("organization.created", created.displayName()));
            reload();
        }).open();
    }

    private void confirmArchive(OrganizationRow row) {
        boolean archiving = !row.archived();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(archiving ? "organization.archive.title" : "organization.restore.title",
                row.displayName()));
        confirm.setText(getTranslation(archiving ? "organization.archive.text" : "organization.restore.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(archiving ? "organization.archive" : "organization.restore"));
        if (archiving) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                OrganizationRow saved = organizations.setArchived(row.id(), row.version(), archiving);
                Notifications.success(getTranslation(archiving ? "organization.archived" : "organization.restored",
                        saved.displayName()));
                show(saved);
            } catch (StaleRecordException stale) {
                showStaleNotice(stale);
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        confirm.open();
    }

    /** Someone changed the organisation since the page was opened: say so, and offer their version. */
    private void showStaleNotice(StaleRecordException stale) {
        staleNotice.show(stale, this::reload);
    }

    private void open(OrganizationRow row) {
        getUI().ifPresent(ui -> ui.navigate(AppRoutes.organization(row.id())));
    }

    @Override
    public String getPageTitle() {
        return organization == null ? getTranslation("organization.not-found.title") : organization.displayName();
    }

    /** A titled card of the page, with an optional count beside the title. */
    static final class Card extends Section {

        Card(String title, @Nullable String count, Component content) {
            addClassName("card");
            Div header = new Div(new H2(title));
            header.addClassName("card-header");
            if (count != null) {
                Span counted = new Span(count);
                counted.addClassName("card-count");
                header.add(counted);
            }
            add(header, content);
        }

        Card withClass(String className) {
            addClassName(className);
            return this;
        }
    }
}
