package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.country.CountryService;
import org.interlocutor.engagement.ui.EngagementLogging;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.outreach.OutreachPlanDetails;
import org.interlocutor.outreach.OutreachProgress;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.outreach.OutreachTargetRow;
import org.interlocutor.outreach.TargetStatus;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.Breadcrumb;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Definitions;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * One outreach plan: who carries it and by when, how far it has come ("12 of 40 reached", computed now from the
 * engagements the reader may see), and its targets in three tabs, reached, not yet reached and overdue, with "Log
 * engagement" beside each target not reached. Managers edit the plan, add and remove targets, archive and restore.
 */
@Route(OutreachNavigation.PLAN)
@PermitAll
@StyleSheet("styles/places.css")
@StyleSheet("styles/outreach.css")
class OutreachPlanView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient OutreachService outreach;
    private final transient StaffDirectory staff;
    private final transient CountryService countries;
    private final transient EngagementLogging logging;
    private final transient AddTargetsDialog.Services addServices;
    private final transient AuthenticationContext authentication;
    private final transient Clock clock;

    private @Nullable OutreachPlanDetails plan;
    private long requestedId;
    final StaleNotice staleNotice = new StaleNotice();
    TabSheet tabs = new TabSheet();
    final Map<TargetStatus, TargetGrid> grids = new EnumMap<>(TargetStatus.class);
    private final Map<TargetStatus, Tab> tabByStatus = new EnumMap<>(TargetStatus.class);
    @Nullable PlanProgressBar progressBar;

    OutreachPlanView(OutreachService outreach, StaffDirectory staff, ContactService contacts,
                     SavedViewService savedViews, OrganizationService organizations, CountryService countries,
                     EngagementLogging logging, AuthenticationContext authentication, Clock clock) {
        this.outreach = outreach;
        this.staff = staff;
        this.countries = countries;
        this.logging = logging;
        this.addServices = new AddTargetsDialog.Services(outreach, contacts, savedViews, organizations, countries);
        this.authentication = authentication;
        this.clock = clock;
        addClassNames("view", "record-view", "outreach-plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        requestedId = id.orElse(-1L);
        show(id.flatMap(outreach::find).orElse(null), null);
    }

    /** Reads the plan again (its progress changes with every engagement), staying on the tab shown. */
    void reload() {
        Tab selected = tabs.getSelectedTab();
        TargetStatus shown = tabByStatus.entrySet().stream().filter(entry -> entry.getValue().equals(selected))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        show(outreach.find(requestedId).orElse(null), shown);
    }

    private void show(@Nullable OutreachPlanDetails details, @Nullable TargetStatus tab) {
        plan = details;
        removeAll();
        grids.clear();
        tabByStatus.clear();
        if (details == null) {
            add(notFound());
            return;
        }
        staleNotice.setVisible(false);
        Div cards = new Div(progressCard(details), detailsCard(details));
        cards.addClassName("card-row");
        add(breadcrumb(details), header(details), staleNotice, cards, targetsCard(details, tab));
    }

    private boolean manages() {
        return authentication.hasRole("MANAGER");
    }

    private Component notFound() {
        Section card = new Section();
        card.addClassNames("card", "record-not-found");
        card.add(new H2(getTranslation("outreach.not-found.title")),
                new Paragraph(getTranslation("outreach.not-found.text")),
                new Anchor(AppRoutes.CAMPAIGNS, getTranslation("outreach.back-to-campaigns")));
        return card;
    }

    private Component breadcrumb(OutreachPlanDetails details) {
        return new Breadcrumb(getTranslation("outreach.breadcrumb"), AppRoutes.CAMPAIGNS,
                getTranslation("campaigns.title")).link(AppRoutes.campaign(details.campaignId()),
                details.campaignName()).current(details.name());
    }

    private Component header(OutreachPlanDetails details) {
        Div title = new Div(new H2(details.name()), PlanPills.priority(details.priority()));
        title.addClassName("record-title-line");
        if (details.archived()) {
            title.add(PlanPills.archived());
        } else if (details.progress().count(TargetStatus.OVERDUE) > 0) {
            title.add(PlanPills.overdue());
        }
        Div subtitle = new Div(getTranslation("outreach.plan.subtitle", details.officerName(),
                Formats.date(details.targetOn())));
        subtitle.addClassNames("record-subtitle", "plan-subtitle");
        Div heading = new Div(title, subtitle);
        heading.addClassName("record-heading");
        Div header = new Div(heading);
        header.addClassName("record-header");
        if (manages()) {
            header.add(actions(details));
        }
        return header;
    }

    private Component actions(OutreachPlanDetails details) {
        Div actions = new Div();
        actions.addClassName("record-actions");
        if (!details.archived()) {
            Button add = new Button(getTranslation("outreach.plan.add-targets"), VaadinIcon.PLUS.create(),
                    click -> new AddTargetsDialog(addServices, details, this::reload).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClassName("add-targets");
            Button edit = new Button(getTranslation("outreach.plan.edit"), VaadinIcon.EDIT.create(),
                    click -> PlanDialog.forExisting(outreach, staff, details, saved -> {
                        Notifications.success(getTranslation("outreach.plan.saved", saved.name()));
                        reload();
                    }, this::reload).open());
            edit.addClassName("edit-plan");
            actions.add(add, edit);
        }
        Button archive = new Button(getTranslation(details.archived() ? "outreach.plan.restore"
                : "outreach.plan.archive"), click -> confirmArchive(details));
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        archive.addClassName(details.archived() ? "restore-plan" : "archive-plan");
        actions.add(archive);
        return actions;
    }

    private Component progressCard(OutreachPlanDetails details) {
        OutreachProgress progress = details.progress();
        progressBar = new PlanProgressBar(progress);
        LocalDate today = LocalDate.now(clock);
        String timing;
        if (progress.targets() == 0) {
            timing = getTranslation(manages() && !details.archived() ? "outreach.progress.no-targets.manager"
                    : "outreach.progress.no-targets");
        } else if (progress.notReached() == 0) {
            timing = getTranslation("outreach.progress.all-reached");
        } else if (today.isAfter(details.targetOn())) {
            timing = getTranslation("outreach.progress.overdue", progress.notReached(),
                    Formats.date(details.targetOn()));
        } else {
            timing = getTranslation("outreach.progress.days-left", progress.notReached(),
                    ChronoUnit.DAYS.between(today, details.targetOn()), Formats.date(details.targetOn()));
        }
        Paragraph timingLine = new Paragraph(timing);
        timingLine.addClassName("plan-timing");
        Paragraph computed = new Paragraph(getTranslation("outreach.progress.computed",
                Formats.date(details.startsOn())));
        computed.addClassNames("muted", "plan-computed");
        return card("outreach.progress.title", "plan-progress-card", progressBar, timingLine, computed);
    }

    private Component detailsCard(OutreachPlanDetails details) {
        Div list = new Div();
        list.addClassName("definition-list");
        list.add(Definitions.of(getTranslation("outreach.field.campaign"),
                new Anchor(AppRoutes.campaign(details.campaignId()), details.campaignName())));
        list.add(Definitions.of(getTranslation("outreach.field.officer"), details.officerName()));
        list.add(Definitions.of(getTranslation("outreach.field.starts-on"), Formats.date(details.startsOn())));
        list.add(Definitions.of(getTranslation("outreach.field.target-on"), Formats.date(details.targetOn())));
        list.add(Definitions.of(getTranslation("outreach.field.priority"), UiTexts.label(details.priority())));
        list.add(Definitions.of(getTranslation("outreach.field.notes"),
                details.notes() == null ? "" : details.notes()));
        list.add(Definitions.of(getTranslation("outreach.field.created"), getTranslation("outreach.done-by",
                Formats.dateTime(details.createdAt()), details.createdBy())));
        list.add(Definitions.of(getTranslation("outreach.field.last-updated"), getTranslation("outreach.done-by",
                Formats.dateTime(details.updatedAt()), details.updatedBy())));
        return card("outreach.details", "plan-details-card", list);
    }

    private Component targetsCard(OutreachPlanDetails details, @Nullable TargetStatus wanted) {
        OutreachProgress progress = details.progress();
        TargetGrid.Actions actions = new TargetGrid.Actions(
                logging.canLog() && !details.archived() ? this::logWith : null,
                manages() && !details.archived() ? this::confirmRemove : null);
        tabs = new TabSheet();
        tabs.addClassName("target-tabs");
        tabs.setWidthFull();
        for (TargetStatus status : TargetStatus.values()) {
            long count = progress.count(status);
            TargetGrid grid = new TargetGrid(outreach, countries, details.id(), status, count, actions);
            grids.put(status, grid);
            Paragraph empty = new Paragraph(emptyText(details, status));
            empty.addClassName("empty-note");
            empty.setVisible(count == 0);
            Div content = new Div(grid, empty);
            content.addClassName("target-tab");
            Tab tab = tabs.add(getTranslation("outreach.tab", UiTexts.label(status), count), content);
            tab.addClassName("tab-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            tabByStatus.put(status, tab);
        }
        tabs.setSelectedTab(tabByStatus.get(wanted != null ? wanted : firstWorthShowing(progress)));
        return card("outreach.targets.title", "plan-targets-card", tabs);
    }

    /** Overdue ones first, then those still to reach, else what was reached. */
    private static TargetStatus firstWorthShowing(OutreachProgress progress) {
        if (progress.count(TargetStatus.OVERDUE) > 0) {
            return TargetStatus.OVERDUE;
        }
        return progress.count(TargetStatus.NOT_YET_REACHED) > 0 || progress.reached() == 0
                ? TargetStatus.NOT_YET_REACHED : TargetStatus.REACHED;
    }

    private String emptyText(OutreachPlanDetails details, TargetStatus status) {
        OutreachProgress progress = details.progress();
        if (progress.targets() == 0) {
            return getTranslation("outreach.targets.none");
        }
        return switch (status) {
            case REACHED -> getTranslation("outreach.targets.empty.REACHED");
            case NOT_YET_REACHED -> getTranslation(progress.pastTargetDate() && progress.notReached() > 0
                    ? "outreach.targets.empty.NOT_YET_REACHED.past" : "outreach.targets.empty.NOT_YET_REACHED");
            case OVERDUE -> getTranslation("outreach.targets.empty.OVERDUE", Formats.date(details.targetOn()));
        };
    }

    private void logWith(OutreachTargetRow row) {
        OutreachPlanDetails current = plan;
        if (current == null) {
            return;
        }
        logging.open(row.contactId(), row.organizationId(), current.campaignId(), this::reload);
    }

    private void confirmRemove(OutreachTargetRow row) {
        OutreachPlanDetails current = plan;
        if (current == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("remove-target-confirm");
        confirm.setHeader(getTranslation("outreach.targets.remove.title", row.name()));
        confirm.setText(getTranslation("outreach.targets.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("outreach.targets.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                outreach.removeTarget(current.id(), row.id());
                Notifications.success(getTranslation("outreach.targets.removed", row.name()));
                reload();
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        confirm.open();
    }

    private void confirmArchive(OutreachPlanDetails details) {
        boolean archiving = !details.archived();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(archiving ? "outreach.plan.archive.title" : "outreach.plan.restore.title",
                details.name()));
        confirm.setText(getTranslation(archiving ? "outreach.plan.archive.text" : "outreach.plan.restore.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(archiving ? "outreach.plan.archive" : "outreach.plan.restore"));
        if (archiving) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                OutreachPlanDetails saved = outreach.setArchived(details.id(), details.version(), archiving);
                Notifications.success(getTranslation(archiving ? "outreach.plan.archived"
                        : "outreach.plan.restored", saved.name()));
                show(saved, null);
            } catch (StaleRecordException stale) {
                staleNotice.show(stale, this::reload);
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        confirm.open();
    }

    private Section card(String titleKey, String className, Component... content) {
        Section card = new Section();
        card.addClassNames("card", className);
        Div header = new Div(new H2(getTranslation(titleKey)));
        header.addClassName("card-header");
        card.add(header);
        card.add(content);
        return card;
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("outreach.not-found.title") : plan.name();
    }
}
