package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongFunction;
import org.interlocutor.engagement.Ref;
import org.interlocutor.shared.ui.AppRoutes;

/** The names an engagement or a follow-up mentions, each a link to its page, as one comma-separated line. */
final class RefLinks {

    private RefLinks() {
    }

    static Span contacts(List<Ref> refs) {
        return links(refs, AppRoutes::contact, "contact-links");
    }

    static Span organizations(List<Ref> refs) {
        return links(refs, AppRoutes::organization, "organization-links");
    }

    static Span campaigns(List<Ref> refs) {
        return links(refs, AppRoutes::campaign, "campaign-links");
    }

    /** Colleagues have no page of their own: their names, without links. */
    static Span names(List<Ref> refs) {
        Span line = new Span(String.join(", ", refs.stream().map(Ref::name).toList()));
        line.addClassName("staff-names");
        return line;
    }

    static Anchor engagement(long id, String title) {
        Anchor link = new Anchor(AppRoutes.engagement(id), title);
        link.addClassName("engagement-link");
        return link;
    }

    private static Span links(List<Ref> refs, LongFunction<String> route, String className) {
        Span line = new Span();
        line.addClassNames("ref-links", className);
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) {
                line.add(new Span(", "));
            }
            Ref ref = refs.get(i);
            Component link = new Anchor(route.apply(ref.id()), ref.name());
            line.add(link);
        }
        return line;
    }
}
