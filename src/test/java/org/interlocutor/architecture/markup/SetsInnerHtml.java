package org.interlocutor.architecture.markup;

import com.vaadin.flow.component.html.Div;

/** Fixture for MarkupArchitectureTest: writes a note into the page as markup, which the rule must catch. */
class SetsInnerHtml extends Div {

    void show(String note) {
        getElement().setProperty("innerHTML", note);
    }
}
