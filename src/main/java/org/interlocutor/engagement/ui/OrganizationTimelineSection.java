package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On an organisation's page: its engagement history, newest first, both those it was listed in and those of the
 * people who belonged to it at the time.
 */
@org.springframework.stereotype.Component
class OrganizationTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    private final transient ObjectProvider<ListExports> exports;

    OrganizationTimelineSection(EngagementService engagements, ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        this.exports = exports;
    }

    @Override
    public Page page() {
        return Page.ORGANIZATION;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(String recordKey) {
        long organizationId = Long.parseLong(recordKey);
        EngagementTimeline timeline = new EngagementTimeline(engagements,
                EngagementFilter.ofOrganization(organizationId), UiTexts.translate("timeline.organization.empty"));
        SectionCard card = new SectionCard(UiTexts.translate("timeline.title"), "organization-timeline");
        if (!timeline.isEmpty()) {
            TimelineExport.button(exports, EngagementListQuery.ofOrganization(organizationId))
                    .ifPresent(card::withAction);
        }
        return card.withContent(timeline);
    }
}
