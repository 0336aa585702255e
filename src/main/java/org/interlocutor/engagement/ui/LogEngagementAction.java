package org.interlocutor.engagement.ui;

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
                click -> logger.open(saved -> { }));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("log-engagement-action");
        button.setTooltipText(UiTexts.translate("logging.action.tooltip"));
        button.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        button.getElement().setAttribute("aria-keyshortcuts", "Alt+L");
        return button;
    }
}
