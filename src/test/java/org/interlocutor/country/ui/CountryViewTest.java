package org.interlocutor.country.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.country.CountryChanges;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
@WithStaff(username = "places.admin", role = Role.ADMIN)
class CountryViewTest extends SpringBrowserlessTest {

    @Autowired
    CountryService countries;

    private CountryView open(String code) {
        return navigate(CountryView.class, Map.of("code", code));
    }

    private static CountryChanges unchanged(CountryRow row) {
        return new CountryChanges(row.nameEn(), row.nameFr(), row.regionalGroup(), row.romeStatus(), row.signedOn(),
                row.ratifiedOn(), row.inForceOn(), row.withdrawalNotifiedOn(), row.withdrawalEffectiveOn(),
                row.version());
    }

    /** Puts the reference data back as it was, so that other tests of the run see the shipped data. */
    private void restore(CountryRow original) {
        CountryRow current = countries.find(original.code()).orElseThrow();
        countries.update(original.code(), new CountryChanges(original.nameEn(), original.nameFr(),
                original.regionalGroup(), original.romeStatus(), original.signedOn(), original.ratifiedOn(),
                original.inForceOn(), original.withdrawalNotifiedOn(), original.withdrawalEffectiveOn(),
                current.version()));
    }

    private String definition(String term) {
        return $(com.vaadin.flow.component.html.Div.class).withClassName("definition").all().stream()
                .filter(row -> row.getChildren().findFirst().map(label -> label.getElement().getText())
                        .orElse("").equals(term))
                .map(row -> row.getChildren().skip(1).findFirst().orElseThrow().getElement().getTextRecursively())
                .findFirst().orElseThrow(() -> new AssertionError("no " + term + " on the page"));
    }

    @Test
    void theNetherlandsPageShowsItsStatusAndTheOrganisationsBasedThere() {
        CountryView view = open("NL");

        assertThat(view.getPageTitle()).isEqualTo("Netherlands (Kingdom of the)");
        assertThat($(Span.class).withClassName("rome-state-party").first().getText()).isEqualTo("State Party");
        assertThat(definition("Entry into force")).contains("2002");
        assertThat(definition("ISO three-letter code")).isEqualTo("NLD");
        assertThat(definition("Name in French")).isEqualTo("Pays-Bas (Royaume des)");
        assertThat(definition("Last updated")).isEqualTo("Shipped with Interlocutor");

        Section organisations = $(Section.class).withClassName("country-organizations").single();
        assertThat($(H2.class).from(organisations).single().getText()).isEqualTo("Organisations based here");
        @SuppressWarnings("unchecked")
        Grid<org.interlocutor.organization.OrganizationRow> grid = $(Grid.class).from(organisations).single();
        List<String> names = IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 0))
                .toList();
        assertThat(names).contains("International Criminal Court (ICC)", "Registry");

        test(grid).clickRow(names.indexOf("Registry"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("OrganizationView");
    }

    @Test
    void anAdministratorCorrectsACountrysStatus() {
        CountryRow original = countries.find("TV").orElseThrow();
        try {
            open("TV");
            test($(Button.class).withText("Edit").single()).click();
            CountryDialog dialog = $(CountryDialog.class).single();
            test(dialog.romeStatus).selectItem("Signatory");
            dialog.signedOn.setValue(LocalDate.of(2026, 7, 17));
            test($(Button.class).withText("Save").single()).click();

            assertThat($(CountryDialog.class).exists()).isFalse();
            assertThat(countries.find("TV").orElseThrow().romeStatus()).isEqualTo(RomeStatuteStatus.SIGNATORY);
            assertThat($(Span.class).withClassName("rome-status").first().getText()).isEqualTo("Signatory");
            assertThat(definition("Signed")).contains("2026");
            assertThat(definition("Last updated")).contains("places.admin");
        } finally {
            restore(original);
        }
    }

    @Test
    void aStaleCorrectionIsRefusedNamingWhoSavedAndKeepsWhatWasChosenBesideTheReloadedVersion() {
        CountryRow original = countries.find("KI").orElseThrow();
        try {
            CountryView view = open("KI");
            test($(Button.class).withText("Edit").single()).click();
            CountryDialog dialog = $(CountryDialog.class).single();
            test(dialog.romeStatus).selectItem("Signatory");
            CountryRow saved = countries.update("KI", unchanged(original));
            test($(Button.class).withText("Save").single()).click();

            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.staleNotice.isVisible()).isTrue();
            assertThat($(Span.class).from(dialog.staleNotice).single().getText())
                    .isEqualTo("Places admin saved this record on "
                            + org.interlocutor.shared.ui.Formats.dateTime(saved.updatedAt())
                            + ", after you opened it. Nothing was overwritten and your changes are not saved: "
                            + "reload to see their version; what you typed stays visible to copy.");
            assertThat(dialog.romeStatus.getValue()).isEqualTo(RomeStatuteStatus.SIGNATORY);
            assertThat(countries.find("KI").orElseThrow().romeStatus()).isEqualTo(RomeStatuteStatus.NON_PARTY);

            test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

            CountryDialog reloaded = $(CountryDialog.class).single();
            assertThat(reloaded).isNotSameAs(dialog);
            assertThat(reloaded.romeStatus.getValue()).isEqualTo(RomeStatuteStatus.NON_PARTY);
            assertThat(reloaded.unsaved.copyText()).isEqualTo(reloaded.romeStatus.getLabel() + ": Signatory");
            assertThat(view.getPageTitle()).isEqualTo("Kiribati");
            assertThat(definition("Last updated")).contains("places.admin");
        } finally {
            restore(original);
        }
    }

    @Test
    void datesOutOfOrderAreShownBesideTheField() {
        CountryRow original = countries.find("NR").orElseThrow();
        try {
            open("NR");
            test($(Button.class).withText("Edit").single()).click();
            CountryDialog dialog = $(CountryDialog.class).single();
            dialog.inForceOn.setValue(original.ratifiedOn().minusDays(1));
            test($(Button.class).withText("Save").single()).click();

            assertThat(dialog.inForceOn.isInvalid()).isTrue();
            assertThat(dialog.inForceOn.getErrorMessage()).isEqualTo("The end date is before the start date.");
            assertThat(countries.find("NR").orElseThrow().version()).isEqualTo(original.version());
        } finally {
            if (countries.find("NR").orElseThrow().version() != original.version()) {
                restore(original);
            }
        }
    }

    @Test
    @WithStaff(username = "places.viewer", role = Role.VIEWER)
    void aViewerReadsTheCountryButCannotEditIt() {
        open("SN");

        assertThat($(H2.class).withText("Senegal").exists()).isTrue();
        assertThat($(Button.class).withText("Edit").exists()).isFalse();
    }

    @Test
    void anUnknownCodeShowsAClearMessage() {
        CountryView view = open("XQ");

        assertThat(view.getPageTitle()).isEqualTo("Country not found");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                .withText("There is no country with the code XQ. The link may be mistyped.").exists()).isTrue();
    }

    @Test
    void thePageIsInFrenchForAFrenchSpeaker() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        CountryView view = open("NL");

        assertThat(view.getPageTitle()).isEqualTo("Pays-Bas (Royaume des)");
        assertThat($(Span.class).withClassName("rome-state-party").first().getText()).isEqualTo("État partie");
        assertThat($(H2.class).withText("Organisations établies dans ce pays").exists()).isTrue();
        assertThat(definition("Entrée en vigueur")).contains("2002");
        assertThat($(Button.class).withText("Modifier").exists()).isTrue();
    }
}
