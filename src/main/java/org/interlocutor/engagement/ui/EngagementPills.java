package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.UiTexts;

/** The small coloured labels of the engagement screens, in the same classes as the contact screens' ones. */
final class EngagementPills {

    private EngagementPills() {
    }

    static Span kind(EngagementKind kind) {
        return pill(UiTexts.label(kind), "kind-pill");
    }

    static Span sensitivity(Sensitivity sensitivity) {
        return pill(UiTexts.label(sensitivity), "sensitivity-" + sensitivity.name().toLowerCase(Locale.ROOT));
    }

    static Span status(FollowUpStatus status) {
        return pill(UiTexts.label(status), "follow-up-" + status.name().toLowerCase(Locale.ROOT));
    }

    private static Span pill(String text, String variant) {
        Span pill = new Span(text);
        pill.addClassNames("status-pill", variant);
        return pill;
    }
}
