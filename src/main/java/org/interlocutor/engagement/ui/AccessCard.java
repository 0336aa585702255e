package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;
import java.util.Locale;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.GrantsEditor;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.BreakGlassList;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Who may read this engagement: its sensitivity in words, who logged it, and the colleagues granted access besides
 * those present and those holding its follow-ups, which its owner, managers and administrators can change; for the
 * owner and administrators, the administrators who broke the glass to read it.
 */
class AccessCard extends Section {

    AccessCard(EngagementService engagements, StaffDirectory staff, EngagementDetails engagement, Instant now,
               SerializableConsumer<EngagementDetails> onChanged) {
        addClassNames("card", "access-card", "engagement-access-card");
        add(new H2(getTranslation("grants.engagement.title")));
        Sensitivity sensitivity = engagement.row().sensitivity();
        Span pill = new Span(UiTexts.label(sensitivity));
        pill.addClassNames("status-pill", "sensitivity-" + sensitivity.name().toLowerCase(Locale.ROOT));
        Div summary = new Div(pill, new Span(getTranslation("grants.engagement.explain." + sensitivity.name())));
        summary.addClassName("access-summary");
        Paragraph owner = new Paragraph(getTranslation("grants.engagement.owner", engagement.row().ownerName()));
        owner.addClassName("access-owner");
        add(summary, owner);

        add(new GrantsEditor(engagement.grants().stream().map(grant -> new GrantsEditor.Grant(grant.userId(),
                grant.displayName(), grant.grantedBy(), grant.grantedAt())).toList(),
                getTranslation("grants.engagement.no-grants"), engagement.canManageAccess(), staff, new GrantsEditor.Actions() {
                    @Override
                    public void grant(StaffMember colleague) {
                        onChanged.accept(engagements.grantAccess(engagement.id(), colleague.id()));
                        Notifications.success(getTranslation("grants.engagement.granted", colleague.displayName()));
                    }

                    @Override
                    public void revoke(GrantsEditor.Grant grant) {
                        onChanged.accept(engagements.revokeAccess(engagement.id(), grant.userId()));
                        Notifications.success(getTranslation("grants.engagement.revoked", grant.name()));
                    }
                }));
        if (!engagement.breakGlass().isEmpty()) {
            add(new BreakGlassList(engagement.breakGlass(), now));
        }
    }
}
