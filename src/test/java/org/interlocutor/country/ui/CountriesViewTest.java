package org.interlocutor.country.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.ui.AppRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "places.viewer", role = Role.VIEWER)
class CountriesViewTest extends SpringBrowserlessTest {

    @Autowired
    CountryService countries;

    private long count(RegionalGroup group, RomeStatuteStatus status) {
        return countries.list(new CountryFilter("", group, status), PageRequest.of(0, 1)).getTotalElements();
    }

    /** Opens the list at an address with a query string, as a bookmark would. */
    private CountriesView open(String queryString) {
        UI.getCurrent().navigate(AppRoutes.COUNTRIES, QueryParameters.fromString(queryString));
        return (CountriesView) getCurrentView();
    }

    @Test
    void groupAndStatusNarrowTheListAndStatusesShowAsPills() {
        CountriesView view = navigate(CountriesView.class);
        int everyCountry = test(view.grid).size();
        assertThat(everyCountry).isGreaterThan(190);
        assertThat(view.asOf.getText()).startsWith("Reference data as of ").contains("2026");

        test(view.group).selectItem("African States");
        test(view.status).selectItem("State Party");

        int shown = test(view.grid).size();
        assertThat((long) shown).isEqualTo(count(RegionalGroup.AFRICAN, RomeStatuteStatus.STATE_PARTY))
                .isGreaterThan(20).isLessThan(everyCountry);
        assertThat(view.summary.getText()).isEqualTo(shown + " countries");
        assertThat(IntStream.range(0, shown).mapToObj(row -> test(view.grid).getCellText(row, 3)))
                .containsOnly("State Party");
        assertThat(IntStream.range(0, shown).mapToObj(row -> test(view.grid).getCellText(row, 2)))
                .containsOnly("African States");
        assertThat(view.location().getPathWithQueryParameters())
                .isEqualTo("countries?group=AFRICAN&status=STATE_PARTY");
    }

    @Test
    void searchFindsACountryByItsFrenchNameAndARowOpensItsPage() {
        CountriesView view = navigate(CountriesView.class);

        test(view.search).setValue("pays-bas");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Netherlands (Kingdom of the)");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("NL");

        test(view.grid).clickRow(0);

        CountryView page = (CountryView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Netherlands (Kingdom of the)");
    }

    @Test
    void theFilterComesFromTheAddress() {
        CountriesView view = open("status=WITHDRAWN&group=ASIA_PACIFIC");

        assertThat(view.status.getValue()).isEqualTo(RomeStatuteStatus.WITHDRAWN);
        assertThat(view.group.getValue()).isEqualTo(RegionalGroup.ASIA_PACIFIC);
        assertThat(IntStream.range(0, test(view.grid).size()).mapToObj(row -> test(view.grid).getCellText(row, 0)))
                .contains("Philippines");

        CountriesView mistyped = open("status=NOT_A_STATUS");
        assertThat(mistyped.status.getValue()).isNull();
        assertThat(test(mistyped.grid).size()).isGreaterThan(190);
    }

    @Test
    void namesAndLabelsAreInFrenchForAFrenchSpeaker() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        CountriesView view = navigate(CountriesView.class);

        assertThat(view.getPageTitle()).isEqualTo("Pays");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Pays");
        test(view.search).setValue("netherlands");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Pays-Bas (Royaume des)");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("États d’Europe occidentale et autres États");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("État partie");
        assertThat(view.summary.getText()).isEqualTo("1 pays");
        assertThat(view.asOf.getText()).startsWith("Données de référence à jour au ");
    }
}
