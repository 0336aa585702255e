package org.interlocutor.architecture.markup;

import com.vaadin.flow.component.Html;

/** Fixture for MarkupArchitectureTest: renders a person's name as HTML, which the rule must catch. */
class UsesTheHtmlComponent {

    Html greeting(String name) {
        return new Html("<span>Hello " + name + "</span>");
    }
}
