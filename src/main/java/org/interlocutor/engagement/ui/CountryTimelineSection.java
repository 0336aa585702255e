package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On a country's page: the engagements with its people and organisations, newest first, with a way to the
 * engagements list narrowed to the country.
 */
@org.springframework.stereotype.Component
class CountryTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    private final transient ObjectProvider<ListExports> exports;

    CountryTimelineSection(EngagementService engagements, ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        this.exports = exports;
    }

    @Override
    public Page page() {
        return Page.COUNTRY;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(String recordKey) {
        String code = recordKey.toUpperCase(Locale.ROOT);
        EngagementTimeline timeline = new EngagementTimeline(engagements, EngagementFilter.ofCountry(code),
                UiTexts.translate("timeline.country.empty"));
        SectionCard card = new SectionCard(UiTexts.translate("timeline.title"), "country-timeline");
        if (!timeline.isEmpty()) {
            card.withLink(EngagementsView.href(EngagementListQuery.NONE.withCountry(code)),
                    UiTexts.translate("timeline.open-list"));
            TimelineExport.button(exports, EngagementListQuery.NONE.withCountry(code)).ifPresent(card::withAction);
        }
        return card.withContent(timeline);
    }
}
