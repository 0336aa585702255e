package org.interlocutor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.interlocutor.security.PasswordGenerator;
import org.interlocutor.security.PasswordPolicy;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Notifications;

/** An administrator sets a temporary password; its owner is signed out and must choose their own next time. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();

    ResetPasswordDialog(UserService users, UserRow row) {
        addClassName("reset-password-dialog");
        setHeaderTitle(getTranslation("users.reset-password.title", row.fullName()));
        setWidth("30rem");
        password.setLabel(getTranslation("users.temporary-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button generate = new Button(getTranslation("users.generate-password"), click -> {
            password.setValue(PasswordGenerator.generate());
            password.setRevealButtonVisible(true);
        });
        generate.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        password.setSuffixComponent(generate);
        add(new Paragraph(getTranslation("users.reset-password.text", row.username())), password);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button reset = new Button(getTranslation("users.reset-password"), click -> {
            try {
                users.resetPassword(row.id(), password.getValue());
                close();
                Notifications.success(getTranslation("users.password-reset", row.username()));
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("password", password));
            }
        });
        reset.addThemeVariants(ButtonVariant.PRIMARY);
        reset.addClassName("confirm-reset");
        getFooter().add(cancel, reset);
    }
}
