package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.interlocutor.outreach.OutreachPriority;
import org.interlocutor.outreach.TargetKind;
import org.interlocutor.shared.ui.UiTexts;

/** The small coloured labels of plans and targets: priority, archived, overdue, and what a target is. */
final class PlanPills {

    private PlanPills() {
    }

    static Span priority(OutreachPriority priority) {
        Span pill = new Span(UiTexts.label(priority));
        pill.addClassNames("status-pill", "plan-priority", "priority-" + priority.name().toLowerCase(Locale.ROOT));
        return pill;
    }

    static Span archived() {
        Span pill = new Span(UiTexts.translate("outreach.archived"));
        pill.addClassNames("status-pill", "pill-archived");
        return pill;
    }

    static Span overdue() {
        Span pill = new Span(UiTexts.translate("outreach.overdue"));
        pill.addClassNames("status-pill", "plan-overdue");
        return pill;
    }

    static Span kind(TargetKind kind) {
        Span pill = new Span(UiTexts.label(kind));
        pill.addClassNames("status-pill", "target-kind", "target-" + kind.name().toLowerCase(Locale.ROOT));
        return pill;
    }
}
