package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;

/** On a contact's page: the whole history with the person, newest first, below their follow-ups. */
@org.springframework.stereotype.Component
class ContactTimelineSection implements PageSection {

    private final transient EngagementService engagements;

    private final transient ObjectProvider<ListExports> exports;

    ContactTimelineSection(EngagementService engagements, ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        this.exports = exports;
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
        long contactId = Long.parseLong(recordKey);
        EngagementTimeline timeline = new EngagementTimeline(engagements, EngagementFilter.ofContact(contactId),
                UiTexts.translate("timeline.contact.empty"));
        SectionCard card = new SectionCard(UiTexts.translate("timeline.title"), "contact-timeline");
        if (!timeline.isEmpty()) {
            TimelineExport.button(exports, EngagementListQuery.ofContact(contactId)).ifPresent(card::withAction);
        }
        return card.withContent(timeline);
    }
}
