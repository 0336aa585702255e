package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Changes one thing of a follow-up (who holds it, when it is due) with one field. A refusal shows beside the field;
 * a follow-up someone else changed meanwhile shows the stale notice, which reloads the lists.
 */
class FollowUpChangeDialog<V, F extends Component & HasValue<?, V> & HasValidation> extends Dialog {

    final F field;
    final Button save;
    final StaleNotice staleNotice = new StaleNotice();
    private final SerializableConsumer<V> change;
    private final SerializableRunnable reload;

    FollowUpChangeDialog(String title, FollowUpRow row, F field, String saveText, SerializableConsumer<V> change,
                         SerializableRunnable reload) {
        this.field = field;
        this.change = change;
        this.reload = reload;
        addClassName("follow-up-change-dialog");
        setHeaderTitle(title);
        setWidth("min(28rem, 95vw)");
        Paragraph what = new Paragraph(row.description());
        what.addClassName("follow-up-change-what");
        field.getElement().getStyle().set("width", "100%");
        add(staleNotice, what, field);
        save = new Button(saveText, click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-follow-up-change");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, save);
    }

    private void save() {
        V value = field.getValue();
        if (value == null) {
            refuse(getTranslation("error.required"));
            return;
        }
        try {
            change.accept(value);
            close();
        } catch (StaleRecordException stale) {
            staleNotice.show(() -> {
                close();
                reload.run();
            });
        } catch (UserFacingException refused) {
            refuse(UiTexts.message(refused));
        }
    }

    private void refuse(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
