package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/**
 * On a contact's page, above the engagement history: what was agreed to do for or with the person, open ones first.
 * A contact without follow-ups has no such card.
 */
@org.springframework.stereotype.Component
class ContactFollowUpsSection implements PageSection {

    private final transient FollowUpService followUps;
    private final transient Clock clock;

    ContactFollowUpsSection(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.CONTACT;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(String recordKey) {
        long contactId = Long.parseLong(recordKey);
        FollowUpGrid grid = new FollowUpGrid(LocalDate.now(clock))
                .withStatus().withDescription().withDueDate().withAssignee().withEngagement();
        grid.addClassName("contact-follow-ups");
        int found = PagedFill.fill(grid, pageable -> followUps.ofContact(contactId, pageable), 8, "22rem");
        SectionCard card = new SectionCard(UiTexts.translate("follow-up-list.title"), "contact-follow-ups-card")
                .withContent(grid);
        card.setVisible(found > 0);
        return card;
    }
}
