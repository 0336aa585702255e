package org.interlocutor.architecture.markup;

import com.vaadin.flow.component.html.Div;

/** Fixture for MarkupArchitectureTest: has the browser parse a note as markup, which the rule must catch. */
class WritesMarkupFromScript extends Div {

    void append(String note) {
        getElement().executeJs("this.insertAdjacentHTML('beforeend', $0)", note);
    }
}
