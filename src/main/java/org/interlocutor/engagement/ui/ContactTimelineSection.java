package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/** On a contact's page: the whole history with the person, newest first, below their follow-ups. */
@org.springframework.stereotype.Component
class ContactTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    ContactTimelineSection(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public Page page() {
        return Page.CONTACT;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(String recordKey) {
        return new SectionCard(UiTexts.translate("timeline.title"), "contact-timeline")
                .withContent(new EngagementTimeline(engagements, EngagementFilter.ofContact(Long.parseLong(recordKey)),
                        UiTexts.translate("timeline.contact.empty")));
    }
}
