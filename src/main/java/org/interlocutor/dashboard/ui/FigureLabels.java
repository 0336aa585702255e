package org.interlocutor.dashboard.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.interlocutor.dashboard.FigureLabel;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/** Figures in words and numbers of the reader's language. */
final class FigureLabels {

    private FigureLabels() {
    }

    static String text(FigureLabel label) {
        return switch (label) {
            case FigureLabel.Key key -> UiTexts.translate(key.messageKey());
            case FigureLabel.Name name -> name.name();
            case FigureLabel.Month month -> shortMonth(month.month());
        };
    }

    /** "Apr 2026", "avr. 2026". */
    static String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Formats.locale()).format(month);
    }

    /** "Apr", "avr.". */
    static String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM", Formats.locale()).format(month);
    }

    /** "April 2026", "avril 2026". */
    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Formats.locale()).format(month);
    }

    /** "1,234", "1 234". */
    static String number(long value) {
        return NumberFormat.getIntegerInstance(Formats.locale()).format(value);
    }
}
