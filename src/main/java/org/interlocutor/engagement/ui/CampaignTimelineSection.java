package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;

/** On a campaign's page: the engagements logged for it, newest first, and the way to the list narrowed to it. */
@org.springframework.stereotype.Component
class CampaignTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    private final transient ObjectProvider<ListExports> exports;

    CampaignTimelineSection(EngagementService engagements, ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        this.exports = exports;
    }

    @Override
    public Page page() {
        return Page.CAMPAIGN;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(String recordKey) {
        long campaignId = Long.parseLong(recordKey);
        EngagementTimeline timeline = new EngagementTimeline(engagements, EngagementFilter.ofCampaign(campaignId),
                UiTexts.translate("timeline.campaign.empty"));
        SectionCard card = new SectionCard(UiTexts.translate("timeline.title"), "campaign-timeline");
        if (!timeline.isEmpty()) {
            card.withLink(EngagementsView.href(EngagementListQuery.NONE.withCampaign(campaignId)),
                    UiTexts.translate("timeline.open-list"));
            TimelineExport.button(exports, EngagementListQuery.NONE.withCampaign(campaignId))
                    .ifPresent(card::withAction);
        }
        return card.withContent(timeline);
    }
}
