package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.interlocutor.shared.BreakGlassNotice;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Shown to an owner when administrators broke the glass on their contacts or engagements lately: which record, who,
 * when, until when and why, each record linked to its page (where the access card lists them all).
 */
class BreakGlassCard extends DashboardCard {

    BreakGlassCard(List<BreakGlassNotice> notices) {
        super(UiTexts.translate("grants.dashboard.title"), "break-glass-card");
        add(new Paragraph(getTranslation("grants.dashboard.text")));
        for (BreakGlassNotice notice : notices) {
            Anchor record = new Anchor(notice.recordType().equals("engagement")
                    ? AppRoutes.engagement(notice.recordId()) : AppRoutes.contact(notice.recordId()),
                    notice.recordName());
            record.addClassName("break-glass-record");
            Span who = new Span(getTranslation("grants.dashboard.line", notice.access().who(),
                    Formats.dateTime(notice.access().openedAt()), Formats.dateTime(notice.access().expiresAt())));
            who.addClassName("muted");
            Div reason = new Div(notice.access().reason());
            reason.addClassNames("break-glass-reason", "long-text");
            Div line = new Div(new Div(record, who), reason);
            line.addClassName("break-glass-line");
            add(line);
        }
    }
}
