package org.interlocutor.campaign.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.shared.ui.UiTexts;

/** A campaign's status as a coloured pill: active green, planned blue, on hold amber, completed grey. */
final class CampaignPills {

    private CampaignPills() {
    }

    static Span status(CampaignStatus status) {
        Span pill = new Span(UiTexts.label(status));
        String modifier = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        pill.addClassNames("status-pill", "campaign-status", "campaign-" + modifier);
        return pill;
    }

    static Span archived() {
        Span pill = new Span(UiTexts.translate("campaigns.archived"));
        pill.addClassNames("status-pill", "pill-archived");
        return pill;
    }
}
