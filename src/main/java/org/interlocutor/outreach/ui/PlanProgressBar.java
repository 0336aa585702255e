package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.interlocutor.outreach.OutreachProgress;

/** "12 of 40 reached" with a bar: a plan's progress, as computed for the reader when the page was read. */
class PlanProgressBar extends Div {

    final ProgressBar bar = new ProgressBar(0, 1);
    final Span text = new Span();

    PlanProgressBar(OutreachProgress progress) {
        addClassName("plan-progress");
        bar.addClassName("plan-progress-bar");
        text.addClassName("plan-progress-text");
        add(bar, text);
        show(progress);
    }

    void show(OutreachProgress progress) {
        bar.setValue(progress.fraction());
        String label = getTranslation("outreach.progress", progress.reached(), progress.targets());
        text.setText(label);
        bar.getElement().setAttribute("aria-label", label);
        setClassName("all-reached", progress.targets() > 0 && progress.notReached() == 0);
        setClassName("overdue", progress.count(org.interlocutor.outreach.TargetStatus.OVERDUE) > 0);
    }
}
