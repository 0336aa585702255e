package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/**
 * The trail above a record's page ("Campaigns / ASP 25 / Stakeholder map"): links to the pages above it, then the
 * page itself, marked as the current one for screen readers; the separators are hidden from them.
 */
public final class Breadcrumb extends Nav {

    /** A trail named {@code label} (read out by screen readers) that starts with a link to {@code first}. */
    public Breadcrumb(String label, String firstRoute, String firstText) {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", label);
        add(new Anchor(firstRoute, firstText));
    }

    /** A page above this one, linked. */
    public Breadcrumb link(String route, String text) {
        add(separator(), new Anchor(route, text));
        return this;
    }

    /** The page shown, last in the trail. */
    public Breadcrumb current(String text) {
        Span current = new Span(text);
        current.addClassName("breadcrumb-current");
        current.getElement().setAttribute("aria-current", "page");
        add(separator(), current);
        return this;
    }

    private static Span separator() {
        Span separator = new Span("/");
        separator.addClassName("breadcrumb-separator");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }
}
