package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Dates and times of an engagements file, in the forms spreadsheets and people write them. */
class EngagementRowReaderTest {

    @Test
    void datesAreReadAsTheXlsxReaderGivesThemAndAsPeopleTypeThem() {
        assertThat(EngagementRowReader.dateAndTime("2026-03-31"))
                .isEqualTo(new EngagementRowReader.DateAndTime(LocalDate.of(2026, 3, 31), null));
        assertThat(EngagementRowReader.dateAndTime("2026-03-31 14:30"))
                .isEqualTo(new EngagementRowReader.DateAndTime(LocalDate.of(2026, 3, 31), LocalTime.of(14, 30)));
        assertThat(EngagementRowReader.dateAndTime("31/03/2026"))
                .isEqualTo(new EngagementRowReader.DateAndTime(LocalDate.of(2026, 3, 31), null));
        assertThat(EngagementRowReader.dateAndTime("1/4/2026 9h05"))
                .isEqualTo(new EngagementRowReader.DateAndTime(LocalDate.of(2026, 4, 1), LocalTime.of(9, 5)));
    }

    @Test
    void whatIsNotADateIsNotTakenForOne() {
        assertThat(EngagementRowReader.dateAndTime("31/02/2026")).isNull();
        assertThat(EngagementRowReader.dateAndTime("03/31/2026")).as("month first").isNull();
        assertThat(EngagementRowReader.dateAndTime("next Tuesday")).isNull();
        assertThat(EngagementRowReader.dateAndTime("46112")).as("a serial number").isNull();
    }

    @Test
    void timesAreReadAsTypedInEnglishAndFrenchAndFromATimeCell() {
        assertThat(EngagementRowReader.timeOf("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(EngagementRowReader.timeOf("9:05:30")).isEqualTo(LocalTime.of(9, 5, 30));
        assertThat(EngagementRowReader.timeOf("14h30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(EngagementRowReader.timeOf("14h")).isEqualTo(LocalTime.of(14, 0));
        assertThat(EngagementRowReader.timeOf("1899-12-31 16:45")).as("an .xlsx time cell")
                .isEqualTo(LocalTime.of(16, 45));
        assertThat(EngagementRowReader.timeOf("25:00")).isNull();
        assertThat(EngagementRowReader.timeOf("noon")).isNull();
    }
}
