package org.interlocutor.architecture.markup;

import com.vaadin.flow.component.html.Span;

/** Fixture for MarkupArchitectureTest: shows a note as text, as every screen should; the rule must let it be. */
class ShowsTextAsText extends Span {

    void show(String note) {
        setText(note);
        getElement().setAttribute("title", note);
    }
}
