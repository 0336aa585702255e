package org.interlocutor.dashboard;

import java.time.YearMonth;

/**
 * What a chart's category or series is called, for the screen to put in words in the reader's language: a message
 * key, a name as entered (a campaign's), or a month.
 */
public sealed interface FigureLabel {

    record Key(String messageKey) implements FigureLabel {
    }

    record Name(String name) implements FigureLabel {
    }

    record Month(YearMonth month) implements FigureLabel {
    }
}
