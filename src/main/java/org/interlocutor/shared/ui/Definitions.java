package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The "term: value" rows of record pages and cards (styled by the definition classes of app.css). */
public final class Definitions {

    private Definitions() {
    }

    public static Div of(String term, Component value) {
        Div label = new Div(term);
        label.addClassName("definition-term");
        Div text = new Div(value);
        text.addClassName("definition-value");
        Div definition = new Div(label, text);
        definition.addClassName("definition");
        return definition;
    }

    /** A text value; an empty one shows as a muted dash rather than as nothing. */
    public static Div of(String term, String value) {
        Span text = new Span(value.isBlank() ? "—" : value);
        if (value.isBlank()) {
            text.addClassName("muted");
        }
        return of(term, text);
    }
}
