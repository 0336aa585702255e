package org.interlocutor.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Says that someone else saved the record after it was opened, and offers to load their version. Hidden until
 * shown; what the person typed stays where it is until they choose to reload.
 */
public class StaleNotice extends Div {

    public StaleNotice() {
        addClassName("notice-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(SerializableRunnable reload) {
        removeAll();
        Button reloadButton = new Button(getTranslation("action.reload"), click -> reload.run());
        reloadButton.addThemeVariants(ButtonVariant.SMALL);
        reloadButton.addClassName("reload");
        add(new Span(getTranslation("error.stale-record")), reloadButton);
        setVisible(true);
    }
}
