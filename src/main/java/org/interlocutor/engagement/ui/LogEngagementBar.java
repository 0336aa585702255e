package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/**
 * The slim bar at the head of the engagement part of a contact's or an organisation's page: "Log engagement with
 * …", which opens the dialog with that person or organisation already in it, and reloads the page once saved (the
 * last-engagement date and the timeline change). Officers and above only; nothing for archived records.
 */
final class LogEngagementBar {

    /** Before the page's engagement timeline and its members. */
    static final int ORDER = 5;

    private LogEngagementBar() {
    }

    static Component of(String text, Runnable open) {
        Span lead = new Span(VaadinIcon.COMMENTS_O.create());
        lead.addClassName("log-engagement-bar-icon");
        lead.getElement().setAttribute("aria-hidden", "true");
        Button button = new Button(text, VaadinIcon.PLUS.create(), click -> open.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("log-engagement-with");
        Span hint = new Span(UiTexts.translate("logging.bar.hint"));
        hint.addClassName("log-engagement-bar-hint");
        Div bar = new Div(lead, button, hint);
        bar.addClassName("log-engagement-bar");
        return bar;
    }

    static Component nothing() {
        Div nothing = new Div();
        nothing.setVisible(false);
        return nothing;
    }

    /** Reads the page again: the contact's last-engagement date and the timelines have changed. */
    static void refreshPage() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.refreshCurrentRoute(false);
        }
    }

    /** On a contact's page. */
    @org.springframework.stereotype.Component
    static class OnContactPage implements PageSection {

        private final EngagementLogger logger;
        private final ContactService contacts;

        OnContactPage(EngagementLogger logger, ContactService contacts) {
            this.logger = logger;
            this.contacts = contacts;
        }

        @Override
        public Page page() {
            return Page.CONTACT;
        }

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public Component create(String recordKey) {
            Optional<ContactRow> contact = parse(recordKey).filter(id -> logger.canLog())
                    .flatMap(id -> contacts.rowsOf(List.of(id)).stream().findFirst())
                    .filter(row -> !row.archived());
            return contact.map(row -> of(UiTexts.translate("logging.bar.with", row.displayName()),
                    () -> logger.openWithContact(row.id(), saved -> refreshPage()))).orElseGet(LogEngagementBar::nothing);
        }
    }

    /** On an organisation's page. */
    @org.springframework.stereotype.Component
    static class OnOrganizationPage implements PageSection {

        private final EngagementLogger logger;
        private final OrganizationService organizations;

        OnOrganizationPage(EngagementLogger logger, OrganizationService organizations) {
            this.logger = logger;
            this.organizations = organizations;
        }

        @Override
        public Page page() {
            return Page.ORGANIZATION;
        }

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public Component create(String recordKey) {
            Optional<OrganizationRow> organization = parse(recordKey).filter(id -> logger.canLog())
                    .flatMap(organizations::find).filter(row -> !row.archived());
            return organization.map(row -> of(UiTexts.translate("logging.bar.with", row.displayName()),
                            () -> logger.openWithOrganization(row.id(), saved -> refreshPage())))
                    .orElseGet(LogEngagementBar::nothing);
        }
    }

    private static Optional<Long> parse(String recordKey) {
        try {
            return Optional.of(Long.parseLong(recordKey));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
