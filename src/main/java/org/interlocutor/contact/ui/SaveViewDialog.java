package org.interlocutor.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.interlocutor.contact.SavedContactView;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Notifications;

/** Names the current filter and columns, to reopen them later from the views menu. */
class SaveViewDialog extends Dialog {

    final TextField name = new TextField();

    SaveViewDialog(SavedViewService savedViews, String queryString, SerializableConsumer<SavedContactView> onSaved) {
        addClassName("save-view-dialog");
        setHeaderTitle(getTranslation("contacts.views.save"));
        setWidth("28rem");
        name.setLabel(getTranslation("contacts.views.name"));
        name.setWidthFull();
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("contacts.views.save-help")), name);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                SavedContactView saved = savedViews.saveContactView(name.getValue(), queryString);
                close();
                Notifications.success(getTranslation("contacts.views.saved", saved.name()));
                onSaved.accept(saved);
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-view");
        getFooter().add(cancel, save);
        name.focus();
    }
}
