package org.interlocutor.shared.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times as the person at the screen reads them: their language, their browser's time zone. */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public static String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            String browserZone = ui.getPage().getExtendedClientDetails().getTimeZoneId();
            if (browserZone != null && !browserZone.isBlank()) {
                try {
                    return ZoneId.of(browserZone);
                } catch (DateTimeException unknownZone) {
                    // an unusual browser zone name: fall back to the server's
                }
            }
        }
        return ZoneId.systemDefault();
    }
}
