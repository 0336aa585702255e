package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled card of a record page, as the other features' sections are, with an optional link beside the title. */
class SectionCard extends Section {

    private final Div heading;
    private final H2 title;

    SectionCard(String titleText, String className) {
        addClassNames("card", "engagement-section", className);
        title = new H2(titleText);
        heading = new Div(title);
        heading.addClassName("card-heading");
        add(heading);
    }

    /** A link beside the title: the whole list this card shows a part of. */
    SectionCard withLink(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.addClassName("open-list");
        heading.add(link);
        return this;
    }

    /** An action beside the title, such as exporting what the card lists. */
    SectionCard withAction(Component action) {
        heading.add(action);
        return this;
    }

    /** Something read with the title: how many there are. */
    SectionCard withTitleSuffix(Component suffix) {
        title.add(suffix);
        return this;
    }

    SectionCard withContent(Component... content) {
        add(content);
        return this;
    }
}
