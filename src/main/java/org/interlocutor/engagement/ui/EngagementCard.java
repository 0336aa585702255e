package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.Ref;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * One engagement in a timeline: when and what kind, the title leading to its page, who took part, and the gist of
 * what was said and agreed.
 */
final class EngagementCard extends Div {

    /** Notes are cut to about this many characters; the engagement's page has them whole. */
    static final int EXCERPT_LENGTH = 240;

    EngagementCard(EngagementRow row) {
        addClassName("engagement-card");

        Span when = new Span(Formats.dateTime(row.startedAt()));
        when.addClassName("engagement-when");
        Div meta = new Div(when, EngagementPills.kind(row.kind()));
        meta.addClassName("engagement-meta");
        if (row.place() != null && !row.place().isBlank()) {
            Span place = new Span(row.place());
            place.addClassName("engagement-place");
            meta.add(place);
        }
        if (row.sensitivity() != Sensitivity.NORMAL) {
            meta.add(EngagementPills.sensitivity(row.sensitivity()));
        }
        add(meta);

        Div title = new Div(RefLinks.engagement(row.id(), row.title()));
        title.addClassName("engagement-title");
        add(title);

        line("timeline.with", row.participants(), RefLinks.contacts(row.participants()));
        line("timeline.organizations", row.organizations(), RefLinks.organizations(row.organizations()));
        line("timeline.staff", row.staff(), RefLinks.names(row.staff()));
        line("timeline.campaigns", row.campaigns(), RefLinks.campaigns(row.campaigns()));

        String excerpt = excerpt(row.notes());
        if (!excerpt.isEmpty()) {
            Paragraph notes = new Paragraph(excerpt);
            notes.addClassName("engagement-notes");
            add(notes);
        }
        if (row.outcome() != null && !row.outcome().isBlank()) {
            Span term = new Span(getTranslation("timeline.outcome"));
            term.addClassName("engagement-term");
            Div outcome = new Div(term, new Span(row.outcome().strip()));
            outcome.addClassName("engagement-outcome");
            add(outcome);
        }
    }

    private void line(String termKey, List<Ref> refs, Component value) {
        if (refs.isEmpty()) {
            return;
        }
        Span term = new Span(getTranslation(termKey));
        term.addClassName("engagement-term");
        Div line = new Div(term, value);
        line.addClassName("engagement-line");
        add(line);
    }

    /** The notes on one line, cut at a word near {@link #EXCERPT_LENGTH} characters. */
    static String excerpt(@Nullable String notes) {
        if (notes == null) {
            return "";
        }
        String flat = notes.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).stripTrailing() + "…";
    }
}
