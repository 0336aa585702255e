package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Optional;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;

/**
 * Changes one thing of a follow-up (who holds it, when it is due) with one field. A refusal shows beside the field;
 * a follow-up someone else changed meanwhile shows who and when, and "Reload" refreshes the lists and puts the saved
 * value in the field, with the person's choice listed beside it.
 */
class FollowUpChangeDialog<V, F extends Component & HasValue<?, V> & HasValidation> extends Dialog {

    final F field;
    final Button save;
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final SerializableBiConsumer<FollowUpRow, V> change;
    private final SerializableFunction<FollowUpRow, V> savedValue;
    private final SerializableFunction<Long, Optional<FollowUpRow>> find;
    private final SerializableRunnable reload;
    private FollowUpRow row;

    /**
     * @param change     saves the value for the follow-up as it was read (its version)
     * @param savedValue the follow-up's current value of the field
     * @param find       reads the follow-up again
     * @param reload     refreshes the lists behind
     */
    FollowUpChangeDialog(String title, FollowUpRow row, F field, String saveText,
                         SerializableBiConsumer<FollowUpRow, V> change, SerializableFunction<FollowUpRow, V> savedValue,
                         SerializableFunction<Long, Optional<FollowUpRow>> find, SerializableRunnable reload) {
        this.row = row;
        this.field = field;
        this.change = change;
        this.savedValue = savedValue;
        this.find = find;
        this.reload = reload;
        addClassName("follow-up-change-dialog");
        setHeaderTitle(title);
        setWidth("min(28rem, 95vw)");
        Paragraph what = new Paragraph(row.description());
        what.addClassName("follow-up-change-what");
        field.getElement().getStyle().set("width", "100%");
        add(staleNotice, unsaved, what, field);
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
            change.accept(row, value);
            close();
        } catch (StaleRecordException stale) {
            staleNotice.show(stale, this::reloadKeepingChoice);
        } catch (UserFacingException refused) {
            refuse(UiTexts.message(refused));
        }
    }

    /** The saved version in the field, the person's choice beside it; gone or out of sight, the dialog closes. */
    private void reloadKeepingChoice() {
        // no baseline: the field's value is what the person chose, listed whatever it was before
        List<UnsavedInput.Entry> choice = UnsavedInput.of(field).changes();
        reload.run();
        Optional<FollowUpRow> fresh = find.apply(row.id());
        if (fresh.isEmpty()) {
            close();
            return;
        }
        row = fresh.get();
        field.setValue(savedValue.apply(row));
        staleNotice.setVisible(false);
        unsaved.show(choice);
    }

    private void refuse(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
