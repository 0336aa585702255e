package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class HeaderRowTest {

    @Test
    void theHeaderIsFoundBelowATitleAndADate() {
        List<SpreadsheetRow> rows = List.of(
                new SpreadsheetRow(1, List.of("Partners list, Geneva office")),
                new SpreadsheetRow(2, List.of("2024-03-07")),
                new SpreadsheetRow(4, List.of("Prénom", "Nom", " Courriel ", "Remarks about them")),
                new SpreadsheetRow(5, List.of("Amélie", "Durand", "amelie@example.org", "")));

        HeaderRow header = HeaderRow.find(rows);

        assertThat(header.rowNumber()).isEqualTo(4);
        assertThat(header.names()).containsExactly("Prénom", "Nom", "Courriel", "Remarks about them");
    }

    @Test
    void withoutKnownHeadersTheFirstRowOfTextFollowedByDataIsTheHeader() {
        List<SpreadsheetRow> rows = List.of(
                new SpreadsheetRow(1, List.of("1234", "2024-01-01")),
                new SpreadsheetRow(2, List.of("Delegation", "Focal point", "Since")),
                new SpreadsheetRow(3, List.of("Kenya", "Ms Wanjiru", "2019")));

        assertThat(HeaderRow.find(rows).rowNumber()).isEqualTo(2);
    }

    @Test
    void aRowOfTextWithNothingBelowIsNotAHeader() {
        List<SpreadsheetRow> rows = List.of(new SpreadsheetRow(1, List.of("Delegation", "Focal point")));

        assertThatThrownBy(() -> HeaderRow.find(rows)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("importexport.header.not-found"));
    }

    @Test
    void noRowsMeansAnEmptySheet() {
        assertThatThrownBy(() -> HeaderRow.find(List.of())).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("importexport.sheet.empty"));
    }
}
