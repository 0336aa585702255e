package org.interlocutor.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.GrantRow;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;

/**
 * Who may see this person: the sensitivity explained in words, the owner, and the colleagues granted access, which
 * the owner, managers and administrators can change.
 */
class AccessCard extends Section {

    AccessCard(ContactService contacts, StaffDirectory staff, ContactDetails contact,
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

        Div grants = new Div();
        grants.addClassName("grant-list");
        if (contact.grants().isEmpty()) {
            Span none = new Span(getTranslation("access.no-grants"));
            none.addClassName("empty-note");
            grants.add(none);
        }
        for (GrantRow grant : contact.grants()) {
            Div line = new Div(new Span(grant.displayName()), muted(getTranslation("access.granted-by",
                    grant.grantedBy(), Formats.dateTime(grant.grantedAt()))));
            line.addClassName("grant-line");
            if (contact.canManageAccess()) {
                Button revoke = new Button(getTranslation("access.revoke"), click -> {
                    try {
                        onChanged.accept(contacts.revokeAccess(contact.id(), grant.userId()));
                        Notifications.success(getTranslation("access.revoked", grant.displayName()));
                    } catch (UserFacingException refused) {
                        Notifications.error(refused instanceof StaleRecordException
                                ? getTranslation("error.stale-record") : getTranslation(refused.messageKey()));
                    }
                });
                revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                revoke.addClassName("revoke-access");
                line.add(revoke);
            }
            grants.add(line);
        }
        add(new Span(getTranslation("access.granted-to")), grants);

        if (contact.canManageAccess()) {
            ColleaguePicker colleague = new ColleaguePicker(getTranslation("access.grant-to"), staff);
            Button grant = new Button(getTranslation("access.grant"), click -> {
                if (colleague.getValue() == null) {
                    return;
                }
                try {
                    onChanged.accept(contacts.grantAccess(contact.id(), colleague.getValue().id()));
                    Notifications.success(getTranslation("access.granted", colleague.getValue().displayName()));
                } catch (UserFacingException refused) {
                    FieldErrors.show(refused, Map.of("user", colleague));
                }
            });
            grant.addClassName("grant-access");
            Div row = new Div(colleague, grant);
            row.addClassName("grant-form");
            add(row);
        }
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
