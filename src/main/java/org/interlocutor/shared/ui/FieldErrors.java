package org.interlocutor.shared.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.UserFacingException;

/**
 * Shows a service's refusal where it belongs: beside the field it names when the form has that field, otherwise
 * as a notification.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(UserFacingException refusal, Map<String, ? extends HasValidation> fieldsByName) {
        String message = UiTexts.message(refusal);
        if (refusal instanceof InvalidFieldException invalid && fieldsByName.containsKey(invalid.field())) {
            HasValidation field = fieldsByName.get(invalid.field());
            field.setErrorMessage(message);
            field.setInvalid(true);
            return;
        }
        Notifications.error(message);
    }
}
