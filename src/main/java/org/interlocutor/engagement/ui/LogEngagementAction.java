package org.interlocutor.engagement.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.interlocutor.shared.ui.LayoutAction;
import org.interlocutor.shared.ui.UiTexts;

/** "Log engagement" in the header of every screen, with Alt+L, for the people who may log (officers and above). */
@org.springframework.stereotype.Component
class LogEngagementAction implements LayoutAction {

    private final EngagementLogger logger;

    LogEngagementAction(EngagementLogger logger) {
        this.logger = logger;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        if (!logger.canLog()) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        Button button = new Button(UiTexts.translate("logging.action"), VaadinIcon.PLUS.create(),
                click -> openForCurrentPage(click.getSource()));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("log-engagement-action");
        button.setTooltipText(UiTexts.translate("logging.action.tooltip"));
        button.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        button.getElement().setAttribute("aria-keyshortcuts", "Alt+L");
        return button;
    }

    /**
     * On a contact's or an organisation's page the dialog starts with that person or organisation, as the page's
     * own button does: Alt+L there is the keyboard's way to log a meeting with whoever is on screen.
     */
    private void openForCurrentPage(com.vaadin.flow.component.Component source) {
        String path = source.getUI().map(ui -> ui.getActiveViewLocation().getPath()).orElse("");
        Matcher contact = CONTACT_PAGE.matcher(path);
        Matcher organization = ORGANIZATION_PAGE.matcher(path);
        if (contact.matches()) {
            logger.openWithContact(Long.parseLong(contact.group(1)), saved -> LogEngagementBar.refreshPage());
        } else if (organization.matches()) {
            logger.openWithOrganization(Long.parseLong(organization.group(1)), saved -> LogEngagementBar.refreshPage());
        } else {
            logger.open(saved -> { });
        }
    }

    private static final Pattern CONTACT_PAGE = Pattern.compile("contacts/(\\d{1,18})");
    private static final Pattern ORGANIZATION_PAGE = Pattern.compile("organizations/(\\d{1,18})");
}
