package org.interlocutor.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.interlocutor.shared.Translatable;
import org.interlocutor.shared.UserFacingException;

/** Translation for code that is not itself a component (renderers, error handlers, item labels). */
public final class UiTexts {

    private UiTexts() {
    }

    public static String translate(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    public static String label(Translatable value) {
        return translate(value.messageKey());
    }

    public static String message(UserFacingException refusal) {
        return translate(refusal.messageKey(), refusal.arguments());
    }
}
