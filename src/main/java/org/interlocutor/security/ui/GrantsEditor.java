package org.interlocutor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/**
 * The colleagues granted access to a record, as a record's access card lists them, and, for who manages the record's
 * access, a revoke button on each and a colleague picker to grant one more. The card's feature says what granting
 * and revoking do; a refusal is shown here, beside the picker or as a notification.
 */
public class GrantsEditor extends Div {

    /** A colleague granted access: who, by whom and when. */
    public record Grant(long userId, String name, String grantedBy, Instant grantedAt) implements Serializable {
    }

    /** What granting and revoking do: each call may refuse with a {@link UserFacingException}. */
    public interface Actions extends Serializable {

        void grant(StaffMember colleague);

        void revoke(Grant grant);
    }

    /** {@code noGrants}: what the list says when it is empty, which depends on who else sees the record. */
    public GrantsEditor(List<Grant> grants, String noGrants, boolean canManage, StaffDirectory staff,
                        Actions actions) {
        addClassName("grants-editor");
        Div list = new Div();
        list.addClassName("grant-list");
        if (grants.isEmpty()) {
            Span none = new Span(noGrants);
            none.addClassName("empty-note");
            list.add(none);
        }
        for (Grant grant : grants) {
            Span grantedBy = new Span(getTranslation("access.granted-by", grant.grantedBy(),
                    Formats.dateTime(grant.grantedAt())));
            grantedBy.addClassName("muted");
            Div line = new Div(new Span(grant.name()), grantedBy);
            line.addClassName("grant-line");
            if (canManage) {
                Button revoke = new Button(getTranslation("access.revoke"), click -> {
                    try {
                        actions.revoke(grant);
                    } catch (UserFacingException refused) {
                        Notifications.error(refused instanceof StaleRecordException
                                ? getTranslation("error.stale-record") : UiTexts.message(refused));
                    }
                });
                revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                revoke.addClassName("revoke-access");
                line.add(revoke);
            }
            list.add(line);
        }
        add(new Span(getTranslation("access.granted-to")), list);

        if (canManage) {
            ColleaguePicker colleague = new ColleaguePicker(getTranslation("access.grant-to"), staff);
            Button grant = new Button(getTranslation("access.grant"), click -> {
                if (colleague.getValue() == null) {
                    return;
                }
                try {
                    actions.grant(colleague.getValue());
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
}
