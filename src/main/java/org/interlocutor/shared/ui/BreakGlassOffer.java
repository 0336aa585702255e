package org.interlocutor.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.Serializable;
import java.util.Map;
import org.interlocutor.shared.BreakGlassPolicy;
import org.interlocutor.shared.UserFacingException;

/**
 * What a record's "not found" page offers an administrator: to break the glass on a record they may not see. It
 * looks the same whether or not the id names a record; the dialog asks for the reason first, and only once the
 * service has recorded the attempt does it say when there is no such record. The page shows the record itself when
 * the access opens.
 */
public class BreakGlassOffer extends Div {

    /** Opens the access with this reason: true when it did, false when the id names no record. */
    public interface Opener extends Serializable {

        boolean open(String reason);
    }

    public BreakGlassOffer(int minReasonLength, Opener opener) {
        addClassName("break-glass-offer");
        Paragraph explanation = new Paragraph(getTranslation("break-glass.offer.text"));
        explanation.addClassName("muted");
        Button breakGlass = new Button(getTranslation("break-glass.offer.button"), VaadinIcon.UNLOCK.create());
        breakGlass.addThemeVariants(ButtonVariant.ERROR);
        breakGlass.addClassName("break-glass");
        breakGlass.addClickListener(click -> askReason(minReasonLength, opener));
        add(explanation, breakGlass);
    }

    private void askReason(int minReasonLength, Opener opener) {
        Dialog dialog = new Dialog(getTranslation("break-glass.dialog.title"));
        dialog.addClassName("break-glass-dialog");
        Paragraph warning = new Paragraph(getTranslation("break-glass.dialog.text"));
        TextArea reason = new TextArea(getTranslation("break-glass.dialog.reason"));
        reason.addClassName("break-glass-reason-field");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(BreakGlassPolicy.MAX_REASON_LENGTH);
        reason.setHelperText(getTranslation("break-glass.dialog.reason-help", minReasonLength));
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("break-glass.dialog.confirm"), click -> {
            try {
                boolean opened = opener.open(reason.getValue());
                dialog.close();
                if (!opened) {
                    answerNoSuchRecord();
                }
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClassName("confirm-break-glass");
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(warning, reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("32rem");
        dialog.open();
        reason.focus();
    }

    private void answerNoSuchRecord() {
        removeAll();
        Paragraph none = new Paragraph(getTranslation("break-glass.no-such-record"));
        none.addClassName("break-glass-no-record");
        add(none);
    }
}
