package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/** On a campaign's page, before its engagements: the way to the campaign's stakeholder map. */
@org.springframework.stereotype.Component
class StakeholderMapLink implements PageSection {

    @Override
    public Page page() {
        return Page.CAMPAIGN;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(String recordKey) {
        return new Bar(Long.parseLong(recordKey));
    }

    /** A slim bar: the link, and what the map shows. */
    @StyleSheet("styles/stakeholder-map.css")
    static class Bar extends Div {

        Bar(long campaignId) {
            Anchor link = new Anchor(StakeholderMapView.href(campaignId));
            link.add(VaadinIcon.SCATTER_CHART.create(), new Span(UiTexts.translate("stakeholder-map.open")));
            link.addClassName("stakeholder-map-link");
            Span hint = new Span(UiTexts.translate("stakeholder-map.open.hint"));
            hint.addClassName("stakeholder-map-link-hint");
            add(link, hint);
            addClassName("stakeholder-map-bar");
        }
    }
}
