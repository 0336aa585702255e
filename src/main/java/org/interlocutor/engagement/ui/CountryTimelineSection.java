package org.interlocutor.engagement.ui;

import org.interlocutor.engagement.EngagementListQuery;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/**
 * On a country's page: the engagements with its people and organisations, newest first, with a way to the
 * engagements list narrowed to the country.
 */
@org.springframework.stereotype.Component
class CountryTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    CountryTimelineSection(EngagementService engagements) {
        this.engagements = engagements;
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
            card.withLink(EngagementsView.href(EngagementListQuery.NONE.withCountry(code)), UiTexts.translate("timeline.open-list"));
        }
        return card.withContent(timeline);
    }
}
