package org.interlocutor.contact.ui;

import org.interlocutor.shared.ui.Definitions;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.country.CountryService;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.BreakGlassPolicy;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.BreakGlassOffer;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.interlocutor.shared.ui.UiTexts;

/**
 * A contact's page: who they are, how to reach them, where they work and worked, who may see them, and what other
 * features add below (the engagement timeline). A contact the person may not see answers as one that does not
 * exist.
 */
@Route(AppRoutes.CONTACT)
@PermitAll
class ContactView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContactService contacts;
    private final transient CountryService countries;
    private final transient OrganizationService organizations;
    private final transient StaffDirectory staff;
    private final transient PageSections sections;
    private final transient Clock clock;
    private final transient BreakGlassPolicy breakGlassPolicy;
    private final transient AuthenticationContext authentication;
    private String title = "";

    ContactView(ContactService contacts, CountryService countries, OrganizationService organizations,
                StaffDirectory staff, PageSections sections, Clock clock, BreakGlassPolicy breakGlassPolicy,
                AuthenticationContext authentication) {
        this.contacts = contacts;
        this.countries = countries;
        this.organizations = organizations;
        this.staff = staff;
        this.sections = sections;
        this.clock = clock;
        this.breakGlassPolicy = breakGlassPolicy;
        this.authentication = authentication;
        addClassNames("view", "contact-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        Optional<ContactDetails> details = id.flatMap(contacts::open);
        if (details.isPresent()) {
            show(details.get());
        } else {
            removeAll();
            title = getTranslation("contact.not-found.title");
            Paragraph missing = new Paragraph(getTranslation("contact.not-found"));
            missing.addClassName("not-found");
            add(new H1(title), missing, new Anchor(AppRoutes.CONTACTS, getTranslation("contact.back-to-list")));
            // the same offer whether or not the id names a contact: only the reason, asked first, leads further
            if (id.isPresent() && authentication.hasRole(Role.ADMIN.name())) {
                add(new BreakGlassOffer(breakGlassPolicy.minReasonLength(), reason -> breakGlass(id.get(), reason)));
            }
        }
    }

    private boolean breakGlass(long id, String reason) {
        Optional<ContactDetails> opened = contacts.breakGlass(id, reason);
        opened.ifPresent(contact -> {
            show(contact);
            contact.breakGlass().stream().filter(access -> access.activeAt(clock.instant())).findFirst()
                    .ifPresent(access -> Notifications.success(getTranslation("break-glass.opened",
                            Formats.dateTime(access.expiresAt()))));
        });
        return opened.isPresent();
    }

    void show(ContactDetails contact) {
        removeAll();
        title = contact.displayName();
        add(header(contact));
        Div columns = new Div(profile(contact), reach(contact));
        columns.addClassName("card-columns");
        add(columns);
        add(new AffiliationsCard(contacts, organizations, contact, this::show));
        add(new AccessCard(contacts, staff, clock, contact, this::show));
        sections.create(PageSection.Page.CONTACT, String.valueOf(contact.id())).forEach(this::add);
    }

    private Component header(ContactDetails contact) {
        ContactDraft draft = contact.draft();
        H1 name = new H1(contact.displayName());
        name.addClassName("record-title");
        String subtitleText = java.util.stream.Stream.of(draft.jobTitle(), contact.organizationName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        Span subtitle = new Span(subtitleText);
        subtitle.addClassName("record-subtitle");
        Div pills = new Div(Pills.of(UiTexts.label(draft.category()), "category-pill"),
                Pills.sensitivity(draft.sensitivity()));
        if (contact.archived()) {
            pills.add(Pills.of(getTranslation("contact.archived"), "status-disabled"));
        }
        pills.addClassName("pills");
        Div titleBlock = new Div(name, subtitle, pills);
        titleBlock.addClassName("record-title-block");

        Div actions = new Div();
        actions.addClassName("record-actions");
        if (contact.canEdit()) {
            Button edit = new Button(getTranslation("contact.edit"), VaadinIcon.EDIT.create(),
                    click -> ContactFormDialog.forContact(contacts, countries, organizations, staff, contact, saved -> {
                        Notifications.success(getTranslation("contact.saved", saved.displayName()));
                        show(saved);
                    }).open());
            edit.addClassName("edit-contact");
            Button archive = new Button(getTranslation(contact.archived() ? "contact.restore" : "contact.archive"),
                    click -> confirmArchive(contact));
            archive.addThemeVariants(ButtonVariant.TERTIARY);
            archive.addClassName(contact.archived() ? "restore-contact" : "archive-contact");
            actions.add(edit, archive);
        }
        Div header = new Div(titleBlock, actions);
        header.addClassName("record-header");
        return header;
    }

    private void confirmArchive(ContactDetails contact) {
        boolean archiving = !contact.archived();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(archiving ? "contact.archive.title" : "contact.restore.title",
                contact.displayName()));
        confirm.setText(getTranslation(archiving ? "contact.archive.text" : "contact.restore.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(archiving ? "contact.archive" : "contact.restore"));
        confirm.addConfirmListener(event -> {
            try {
                show(contacts.setArchived(contact.id(), contact.version(), archiving));
                Notifications.success(getTranslation(archiving ? "contact.archived-done" : "contact.restored-done"));
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
                contacts.find(contact.id()).ifPresent(this::show);
            }
        });
        confirm.open();
    }

    private Section profile(ContactDetails contact) {
        ContactDraft draft = contact.draft();
        Section card = card("contact.section.profile");
        Div details = new Div();
        details.addClassName("definition-list");
        details.add(term("contact.country", countries.name(draft.countryCode(), getLocale())),
                term("contact.correspondence-language", draft.correspondenceLanguage() == null ? ""
                        : Languages.name(draft.correspondenceLanguage(), getLocale())),
                term("contact.languages", draft.languages().stream().map(code -> Languages.name(code, getLocale()))
                        .sorted().collect(Collectors.joining(", "))),
                term("contact.influence", draft.influence() == null ? getTranslation("contact.influence.unknown")
                        : getTranslation("contact.influence." + draft.influence())),
                term("contact.stance", UiTexts.label(draft.stance())),
                term("contact.tags", String.join(", ", draft.tags().stream().sorted().toList())),
                term("contact.last-engaged", contact.lastEngagedOn() == null ? getTranslation("contact.never-engaged")
                        : Formats.date(contact.lastEngagedOn())),
                term("contact.lawful-basis", draft.lawfulBasis() == null ? "" : UiTexts.label(draft.lawfulBasis())),
                term("contact.consent-note", draft.consentNote() == null ? "" : draft.consentNote()),
                term("contact.updated", getTranslation("contact.updated-by", Formats.dateTime(contact.updatedAt()),
                        contact.updatedBy())));
        card.add(details);
        return card;
    }

    private Section reach(ContactDetails contact) {
        ContactDraft draft = contact.draft();
        Section card = card("contact.section.reach");
        Div list = new Div();
        list.addClassName("definition-list");
        for (EmailEntry email : draft.emails()) {
            Anchor link = new Anchor("mailto:" + email.email(), email.email());
            list.add(point(VaadinIcon.ENVELOPE_O, link, email.label(), email.primary()));
        }
        for (PhoneEntry phone : draft.phones()) {
            Anchor link = new Anchor("tel:" + phone.phone().replaceAll("[^0-9+]", ""), phone.phone());
            list.add(point(VaadinIcon.PHONE, link, phone.label(), phone.primary()));
        }
        if (draft.emails().isEmpty() && draft.phones().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contact.no-reach"));
            none.addClassName("empty-note");
            list.add(none);
        }
        card.add(list);
        return card;
    }

    private Div point(VaadinIcon icon, Anchor link, @org.jspecify.annotations.Nullable String label, boolean primary) {
        Div line = new Div(icon.create(), link);
        line.addClassName("contact-point");
        if (label != null) {
            Span labelText = new Span(label);
            labelText.addClassName("contact-point-tag");
            line.add(labelText);
        }
        if (primary) {
            line.add(Pills.of(getTranslation("contact.primary"), "primary-pill"));
        }
        return line;
    }

    private Div term(String labelKey, String value) {
        return Definitions.of(getTranslation(labelKey), value);
    }

    static Section card(String titleKey) {
        Section section = new Section();
        section.addClassName("card");
        H2 heading = new H2(section.getTranslation(titleKey));
        section.add(heading);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static void open(long contactId) {
        UI.getCurrent().navigate(AppRoutes.contact(contactId));
    }
}
