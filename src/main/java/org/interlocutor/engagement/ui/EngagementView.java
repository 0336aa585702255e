package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.engagement.Ref;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.BreakGlassPolicy;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.BreakGlassOffer;
import org.interlocutor.shared.ui.Definitions;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * One engagement: what it was, when and where, who took part (each linked to their page), what was said and
 * agreed, and its follow-ups. Officers edit it; its owner, managers and administrators delete it, with an undo.
 * An engagement the person may not see answers exactly as one that does not exist.
 */
@Route(AppRoutes.ENGAGEMENT)
@PermitAll
class EngagementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EngagementService engagements;
    private final transient EngagementLogger logger;
    private final transient Clock clock;
    private final transient StaffDirectory staff;
    private final transient BreakGlassPolicy breakGlassPolicy;
    private final transient AuthenticationContext authentication;
    private final transient PageSections sections;
    private @Nullable EngagementDetails engagement;
    private String title = "";
    final StaleNotice staleNotice = new StaleNotice();

    EngagementView(EngagementService engagements, EngagementLogger logger, Clock clock, StaffDirectory staff,
                   BreakGlassPolicy breakGlassPolicy, AuthenticationContext authentication, PageSections sections) {
        this.engagements = engagements;
        this.logger = logger;
        this.clock = clock;
        this.staff = staff;
        this.breakGlassPolicy = breakGlassPolicy;
        this.authentication = authentication;
        this.sections = sections;
        addClassNames("view", "engagement-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        id.flatMap(engagements::open).ifPresentOrElse(this::show, () -> {
            showNotFound();
            // the same offer whether or not the id names an engagement: only the reason, asked first, leads further
            if (id.isPresent() && authentication.hasRole(Role.ADMIN.name())) {
                add(new BreakGlassOffer(breakGlassPolicy.minReasonLength(), reason -> breakGlass(id.get(), reason)));
            }
        });
    }

    private void showNotFound() {
        engagement = null;
        removeAll();
        title = getTranslation("engagement-page.not-found.title");
        Paragraph missing = new Paragraph(getTranslation("engagement-page.not-found"));
        missing.addClassName("not-found");
        add(new H1(title), missing, new Anchor(AppRoutes.ENGAGEMENTS, getTranslation("engagement-page.all")));
    }

    private boolean breakGlass(long id, String reason) {
        Optional<EngagementDetails> opened = engagements.breakGlass(id, reason);
        opened.ifPresent(details -> {
            show(details);
            details.breakGlass().stream().filter(access -> access.activeAt(clock.instant())).findFirst()
                    .ifPresent(access -> Notifications.success(getTranslation("break-glass.opened",
                            Formats.dateTime(access.expiresAt()))));
        });
        return opened.isPresent();
    }

    void show(EngagementDetails details) {
        engagement = details;
        removeAll();
        title = details.row().title();
        staleNotice.setVisible(false);
        add(header(details), staleNotice);
        Div columns = new Div(who(details), facts(details));
        columns.addClassName("card-columns");
        add(columns, said(details.row()), followUps(details),
                new AccessCard(engagements, staff, details, clock.instant(), this::show));
        sections.create(PageSection.Page.ENGAGEMENT, String.valueOf(details.id())).forEach(this::add);
    }

    // ---- header ----------------------------------------------------------------------------------------------

    private Component header(EngagementDetails details) {
        EngagementRow row = details.row();
        H1 heading = new H1(row.title());
        heading.addClassName("record-title");
        String subtitleText = java.util.stream.Stream.of(when(row.startedAt(), row.endedAt()), row.place())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        Span subtitle = new Span(subtitleText);
        subtitle.addClassName("record-subtitle");
        Div pills = new Div(pill(UiTexts.label(row.kind()), "kind-pill"), sensitivityPill(row.sensitivity()));
        pills.addClassName("pills");
        Div titleBlock = new Div(heading, subtitle, pills);
        titleBlock.addClassName("record-title-block");

        Div actions = new Div();
        actions.addClassName("record-actions");
        if (details.editable()) {
            Button edit = new Button(getTranslation("engagement-page.edit"), VaadinIcon.EDIT.create(),
                    click -> logger.openEdit(details.id(), this::show));
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            edit.addClassName("edit-engagement");
            actions.add(edit);
        }
        if (details.deletable()) {
            Button delete = new Button(getTranslation("engagement-page.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete(details));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            delete.addClassName("delete-engagement");
            actions.add(delete);
        }
        Div header = new Div(titleBlock, actions);
        header.addClassName("record-header");
        return header;
    }

    /** "12 Mar 2026, 14:30 – 15:30", or both dates in full when it ran over several days. */
    private static String when(Instant start, @Nullable Instant end) {
        String from = Formats.dateTime(start);
        if (end == null) {
            return from;
        }
        boolean sameDay = LocalDate.ofInstant(start, Formats.zone()).equals(LocalDate.ofInstant(end, Formats.zone()));
        String to = sameDay ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Formats.locale())
                .withZone(Formats.zone()).format(end) : Formats.dateTime(end);
        return from + " – " + to;
    }

    // ---- cards -----------------------------------------------------------------------------------------------

    private Section who(EngagementDetails details) {
        Section card = card("engagement-page.who", "who-card");
        Div list = definitionList();
        list.add(Definitions.of(getTranslation("engagement-page.participants"), participants(details)));
        list.add(Definitions.of(getTranslation("engagement-page.organizations"),
                links(details.organizations().stream().map(org -> new Link(AppRoutes.organization(org.id()),
                        org.displayName())).toList(), "organization-links")));
        list.add(Definitions.of(getTranslation("engagement-page.staff"), details.staff().stream()
                .map(StaffMember::displayName).collect(Collectors.joining(", "))));
        list.add(Definitions.of(getTranslation("engagement-page.campaigns"),
                links(details.campaigns().stream().map(campaign -> new Link(AppRoutes.campaign(campaign.id()),
                        campaign.name())).toList(), "campaign-links")));
        card.add(list);
        return card;
    }

    private Component participants(EngagementDetails details) {
        if (details.participants().isEmpty()) {
            return dash();
        }
        Div people = new Div();
        people.addClassName("participant-list");
        for (ContactRow contact : details.participants()) {
            Anchor name = new Anchor(AppRoutes.contact(contact.id()), contact.displayName());
            Div line = new Div(name);
            line.addClassName("participant");
            if (contact.organizationName() != null && !contact.organizationName().isBlank()) {
                Span organization = new Span(contact.organizationName());
                organization.addClassName("muted");
                line.add(organization);
            }
            if (contact.sensitivity() != Sensitivity.NORMAL) {
                line.add(sensitivityPill(contact.sensitivity()));
            }
            people.add(line);
        }
        return people;
    }

    private record Link(String href, String text) {
    }

    private Component links(List<Link> links, String className) {
        if (links.isEmpty()) {
            return dash();
        }
        Div list = new Div();
        list.addClassNames("link-list", className);
        links.forEach(link -> list.add(new Anchor(link.href(), link.text())));
        return list;
    }

    private Section facts(EngagementDetails details) {
        EngagementRow row = details.row();
        Section card = card("engagement-page.details", "facts-card");
        Div list = definitionList();
        list.add(Definitions.of(getTranslation("engagement-page.kind"), UiTexts.label(row.kind())),
                Definitions.of(getTranslation("engagement-page.started"), Formats.dateTime(row.startedAt())),
                Definitions.of(getTranslation("engagement-page.ended"), Formats.dateTime(row.endedAt())),
                Definitions.of(getTranslation("engagement-page.place"), row.place() == null ? "" : row.place()),
                Definitions.of(getTranslation("engagement-page.sensitivity"), sensitivityPill(row.sensitivity())),
                Definitions.of(getTranslation("engagement-page.owner"), row.ownerName()),
                Definitions.of(getTranslation("engagement-page.created"), getTranslation("engagement-page.at-by",
                        Formats.dateTime(details.createdAt()), details.createdBy())),
                Definitions.of(getTranslation("engagement-page.updated"), getTranslation("engagement-page.at-by",
                        Formats.dateTime(details.updatedAt()), details.updatedBy())));
        card.add(list);
        return card;
    }

    private Section said(EngagementRow row) {
        Section card = card("engagement-page.said", "said-card");
        Div list = definitionList();
        list.add(Definitions.of(getTranslation("engagement-page.notes"), longText(row.notes(), "notes-text")),
                Definitions.of(getTranslation("engagement-page.outcome"), longText(row.outcome(), "outcome-text")));
        card.add(list);
        return card;
    }

    /** Text as typed, its line breaks kept (by CSS, never by HTML built from it). */
    private Component longText(@Nullable String text, String className) {
        if (text == null || text.isBlank()) {
            return dash();
        }
        Div block = new Div(text);
        block.addClassNames("long-text", className);
        return block;
    }

    private Section followUps(EngagementDetails details) {
        Section card = card("engagement-page.follow-ups", "follow-ups-card");
        if (details.followUps().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("engagement-page.no-follow-ups"));
            none.addClassName("empty-note");
            card.add(none);
            return card;
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
        Div list = new Div();
        list.addClassName("follow-up-list");
        for (FollowUpRow followUp : details.followUps()) {
            Div line = new Div();
            line.addClassName("follow-up");
            Span status = pill(UiTexts.label(followUp.status()), "follow-up-status",
                    "status-" + followUp.status().name().toLowerCase(Locale.ROOT));
            Span what = new Span(followUp.description());
            what.addClassName("follow-up-description");
            if (followUp.status() == FollowUpStatus.CANCELLED) {
                what.addClassName("cancelled");
            }
            String dueText = getTranslation("engagement-page.follow-up.due", followUp.assigneeName(),
                    Formats.date(followUp.dueOn()));
            Span due = new Span(dueText);
            due.addClassName("follow-up-due-line");
            if (followUp.overdue(today)) {
                due.addClassName("overdue");
                due.setText(dueText + " · " + getTranslation("engagement-page.follow-up.overdue"));
            }
            Div detail = new Div(due);
            detail.addClassName("follow-up-detail");
            if (!followUp.contacts().isEmpty()) {
                Span concerns = new Span(getTranslation("engagement-page.follow-up.concerns",
                        followUp.contacts().stream().map(Ref::name).collect(Collectors.joining(", "))));
                concerns.addClassName("muted");
                detail.add(concerns);
            }
            line.add(status, new Div(what, detail));
            list.add(line);
        }
        card.add(list);
        return card;
    }

    private Section card(String titleKey, String className) {
        Section card = new Section();
        card.addClassNames("card", className);
        card.add(new H2(getTranslation(titleKey)));
        return card;
    }

    private static Div definitionList() {
        Div list = new Div();
        list.addClassName("definition-list");
        return list;
    }

    private static Span dash() {
        Span none = new Span("—");
        none.addClassName("muted");
        return none;
    }

    private static Span pill(String text, String... classNames) {
        Span pill = new Span(text);
        pill.addClassName("status-pill");
        pill.addClassNames(classNames);
        return pill;
    }

    private static Span sensitivityPill(Sensitivity sensitivity) {
        return pill(UiTexts.label(sensitivity), "sensitivity-" + sensitivity.name().toLowerCase(Locale.ROOT));
    }

    // ---- deleting --------------------------------------------------------------------------------------------

    private void confirmDelete(EngagementDetails details) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("confirm-delete-engagement");
        confirm.setHeader(getTranslation("engagement-page.delete.title", details.row().title()));
        confirm.setText(getTranslation("engagement-page.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("engagement-page.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> delete(details));
        confirm.open();
    }

    private void delete(EngagementDetails details) {
        try {
            engagements.delete(details.id(), details.version());
        } catch (StaleRecordException stale) {
            staleNotice.show(stale, this::reload);
            return;
        } catch (UserFacingException refused) {
            Notifications.error(UiTexts.message(refused));
            return;
        }
        offerUndo(details);
        UI.getCurrent().navigate(whereToGoBack(details));
    }

    /** Back to the page it was most likely opened from: its first participant's, or its first organisation's. */
    private static String whereToGoBack(EngagementDetails details) {
        if (!details.participants().isEmpty()) {
            return AppRoutes.contact(details.participants().getFirst().id());
        }
        if (!details.organizations().isEmpty()) {
            return AppRoutes.organization(details.organizations().getFirst().id());
        }
        return AppRoutes.ENGAGEMENTS;
    }

    private void offerUndo(EngagementDetails details) {
        Notification notification = new Notification();
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(10000);
        notification.addClassName("engagement-deleted");
        EngagementService service = engagements;
        Span text = new Span(getTranslation("engagement-page.deleted", details.row().title()));
        Button undo = new Button(getTranslation("engagement-page.undo"), click -> {
            notification.close();
            try {
                EngagementDetails restored = service.restore(details.id());
                UI.getCurrent().navigate(AppRoutes.engagement(restored.id()));
                Notifications.success(UiTexts.translate("engagement-page.restored", restored.row().title()));
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        undo.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        undo.addClassName("undo-delete");
        Div content = new Div(text, undo);
        content.addClassName("notification-with-action");
        notification.add(content);
        notification.open();
        undo.focus();
    }

    private void reload() {
        if (engagement != null) {
            engagements.find(engagement.id()).ifPresentOrElse(this::show, this::showNotFound);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
