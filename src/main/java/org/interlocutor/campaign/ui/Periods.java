package org.interlocutor.campaign.ui;

import java.time.LocalDate;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/** A campaign's period in words: "3 Mar 2026 – 30 Jun 2026", "From 3 Mar 2026", "Until 30 Jun 2026". */
final class Periods {

    private Periods() {
    }

    /** The period, or an empty text when the campaign has no dates. */
    static String of(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        if (startsOn != null && endsOn != null) {
            return UiTexts.translate("campaign.period.between", Formats.date(startsOn), Formats.date(endsOn));
        }
        if (startsOn != null) {
            return UiTexts.translate("campaign.period.from", Formats.date(startsOn));
        }
        if (endsOn != null) {
            return UiTexts.translate("campaign.period.until", Formats.date(endsOn));
        }
        return "";
    }
}
