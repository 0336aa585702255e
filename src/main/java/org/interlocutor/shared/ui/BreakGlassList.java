package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.interlocutor.shared.BreakGlassAccess;

/**
 * The break-glass accesses of administrators to a record, on its access card: who, when, why and until when, the
 * ones still open marked. The record's service hands them only to its owner and administrators.
 */
public class BreakGlassList extends Div {

    public BreakGlassList(List<BreakGlassAccess> accesses, Instant now) {
        addClassName("break-glass-list");
        add(new H3(getTranslation("break-glass.list.title")));
        for (BreakGlassAccess access : accesses) {
            Span who = new Span(access.who());
            who.addClassName("break-glass-who");
            Span when = new Span(getTranslation("break-glass.list.when", Formats.dateTime(access.openedAt()),
                    Formats.dateTime(access.expiresAt())));
            when.addClassName("muted");
            Div heading = new Div(who, when);
            heading.addClassName("break-glass-heading");
            if (access.activeAt(now)) {
                Span open = new Span(getTranslation("break-glass.list.active"));
                open.addClassNames("status-pill", "break-glass-active");
                heading.add(open);
            }
            Div reason = new Div(access.reason());
            reason.addClassNames("break-glass-reason", "long-text");
            Div line = new Div(heading, reason);
            line.addClassName("break-glass-line");
            add(line);
        }
    }
}
