package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/**
 * On an organisation's page: its engagement history, newest first, both those it was listed in and those of the
 * people who belonged to it at the time.
 */
@org.springframework.stereotype.Component
class OrganizationTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    OrganizationTimelineSection(EngagementService engagements) {
        this.engagements = engagements;
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
        return new SectionCard(UiTexts.translate("timeline.title"), "organization-timeline")
                .withContent(new EngagementTimeline(engagements,
                        EngagementFilter.ofOrganization(Long.parseLong(recordKey)),
                        UiTexts.translate("timeline.organization.empty")));
    }
}
