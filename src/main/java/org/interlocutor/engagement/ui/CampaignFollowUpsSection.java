package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/** On a campaign's page: the follow-ups of its engagements, open ones first, soonest due first. */
@org.springframework.stereotype.Component
class CampaignFollowUpsSection implements PageSection {

    private final transient FollowUpService followUps;
    private final transient Clock clock;

    CampaignFollowUpsSection(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.CAMPAIGN;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(String recordKey) {
        long campaignId = Long.parseLong(recordKey);
        FollowUpGrid grid = new FollowUpGrid(LocalDate.now(clock)).withStatus().withDescription().withDueDate()
                .withAssignee().withPeople().withEngagement();
        grid.addClassName("campaign-follow-ups");
        int found = PagedFill.fill(grid, pageable -> followUps.ofCampaign(campaignId, pageable), 8, "24rem");
        Paragraph empty = new Paragraph(UiTexts.translate("follow-up-list.campaign.empty"));
        empty.addClassName("empty-note");
        empty.setVisible(found == 0);
        return new SectionCard(UiTexts.translate("follow-up-list.title"), "campaign-follow-ups-card")
                .withContent(grid, empty);
    }
}
