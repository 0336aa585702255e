package org.interlocutor.contact.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Clock;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.GrantsEditor;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.BreakGlassList;
import org.interlocutor.shared.ui.Notifications;

/**
 * Who may see this person: the sensitivity explained in words, the owner, and the colleagues granted access, which
 * the owner, managers and administrators can change; for the owner and administrators, the administrators who broke
 * the glass to see it.
 */
class AccessCard extends Section {

    AccessCard(ContactService contacts, StaffDirectory staff, Clock clock, ContactDetails contact,
               SerializableConsumer<ContactDetails> onChanged) {
        addClassNames("card", "access-card");
        add(new H2(getTranslation("contact.section.access")));
        Sensitivity sensitivity = contact.draft().sensitivity();
        Div summary = new Div(Pills.sensitivity(sensitivity),
                new Span(getTranslation("access.explain." + sensitivity.name())));
        summary.addClassName("access-summary");
        add(summary);
        Paragraph owner = new Paragraph(getTranslation("access.owner", contact.ownerName() == null
                ? getTranslation("access.no-owner") : contact.ownerName()));
        owner.addClassName("access-owner");
        add(owner);

        add(new GrantsEditor(contact.grants().stream().map(grant -> new GrantsEditor.Grant(grant.userId(),
                grant.displayName(), grant.grantedBy(), grant.grantedAt())).toList(),
                getTranslation("access.no-grants"), contact.canManageAccess(), staff, new GrantsEditor.Actions() {
                    @Override
                    public void grant(StaffMember colleague) {
                        onChanged.accept(contacts.grantAccess(contact.id(), colleague.id()));
                        Notifications.success(getTranslation("access.granted", colleague.displayName()));
                    }

                    @Override
                    public void revoke(GrantsEditor.Grant grant) {
                        onChanged.accept(contacts.revokeAccess(contact.id(), grant.userId()));
                        Notifications.success(getTranslation("access.revoked", grant.name()));
                    }
                }));
        if (!contact.breakGlass().isEmpty()) {
            add(new BreakGlassList(contact.breakGlass(), clock.instant()));
        }
    }
}
