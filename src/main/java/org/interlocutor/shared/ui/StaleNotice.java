package org.interlocutor.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import org.interlocutor.shared.StaleRecordException;

/**
 * Says that someone else saved the record after it was opened, naming them and the time when the refusal knows
 * them, and offers to load their version. Hidden until shown; what the person typed stays where it is until they
 * choose to reload, and forms that reload keep it visible beside the saved version ({@link UnsavedChangesPanel}).
 */
public class StaleNotice extends Div {

    public StaleNotice() {
        addClassNames("notice-error", "stale-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(StaleRecordException refusal, SerializableRunnable reload) {
        removeAll();
        Button reloadButton = new Button(getTranslation("action.reload"), click -> reload.run());
        reloadButton.addThemeVariants(ButtonVariant.SMALL);
        reloadButton.addClassName("reload");
        Span message = new Span(message(refusal));
        message.addClassName("stale-message");
        add(message, reloadButton);
        setVisible(true);
    }

    /** The sentence shown: who saved and when, as far as the refusal says. */
    String message(StaleRecordException refusal) {
        String when = refusal.savedAt().map(Formats::dateTime).orElse(null);
        String who = refusal.savedBy().orElse(null);
        if (who != null && when != null) {
            return getTranslation("stale.saved-by-at", who, when);
        }
        if (who != null) {
            return getTranslation("stale.saved-by", who);
        }
        if (when != null) {
            return getTranslation("stale.saved-at", when);
        }
        return getTranslation("error.stale-record");
    }
}
