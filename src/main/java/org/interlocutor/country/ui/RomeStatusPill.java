package org.interlocutor.country.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.shared.ui.UiTexts;

/** A country's Rome Statute status as a coloured pill: State Parties green, signatories blue, withdrawals red. */
final class RomeStatusPill {

    private RomeStatusPill() {
    }

    static Span of(RomeStatuteStatus status) {
        Span pill = new Span(UiTexts.label(status));
        String modifier = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        pill.addClassNames("status-pill", "rome-status", "rome-" + modifier);
        return pill;
    }
}
