package org.interlocutor.contact.ui;

import com.vaadin.flow.component.html.Span;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.UiTexts;

/** The small coloured labels of the contact screens. */
final class Pills {

    private Pills() {
    }

    static Span sensitivity(Sensitivity sensitivity) {
        Span pill = new Span(UiTexts.label(sensitivity));
        pill.addClassNames("status-pill", "sensitivity-" + sensitivity.name().toLowerCase(java.util.Locale.ROOT));
        return pill;
    }

    static Span of(String text, String variant) {
        Span pill = new Span(text);
        pill.addClassNames("status-pill", variant);
        return pill;
    }
}
