package org.interlocutor.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The country reference data as shipped (the figures are those of ../shared/data/rome-statute-states.csv as of
 * 2026-11-28; rome-statute-states.md beside it explains them) and administrators' corrections of it.
 */
@IntegrationTest
@WithStaff(username = "country.officer", role = Role.OFFICER)
class CountryServiceTest {

    @Autowired
    CountryService countries;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void all196StatesAreSeeded() {
        List<CountryRow> all = countries.list(CountryFilter.ALL, PageRequest.of(0, 500, Sort.by("code")))
                .getContent();

        assertThat(all).hasSize(196);
        assertThat(all).extracting(CountryRow::code).doesNotHaveDuplicates().allMatch(code -> code.length() == 2);
        assertThat(all).allSatisfy(country -> {
            assertThat(country.nameEn()).isNotBlank();
            assertThat(country.nameFr()).isNotBlank();
            assertThat(country.iso3()).hasSize(3);
        });
    }

    @ParameterizedTest(name = "{1} states are {0}")
    @CsvSource({"STATE_PARTY, 123", "SIGNATORY, 25", "NON_PARTY, 41", "WITHDRAWN, 3", "SIGNATURE_WITHDRAWN, 4"})
    void statusCountsMatchTheReferenceData(RomeStatuteStatus status, long expected) {
        assertThat(countries.list(new CountryFilter("", null, status), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} states, {2} of them State Parties")
    @CsvSource({"AFRICAN, 54, 33", "ASIA_PACIFIC, 56, 18", "EASTERN_EUROPEAN, 23, 19",
            "LATIN_AMERICAN_CARIBBEAN, 33, 28", "WESTERN_EUROPEAN_OTHERS, 29, 25"})
    void regionalGroupCountsMatchTheReferenceData(RegionalGroup group, long states, long stateParties) {
        assertThat(countries.list(new CountryFilter("", group, null), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(states);
        assertThat(countries.list(new CountryFilter("", group, RomeStatuteStatus.STATE_PARTY), PageRequest.of(0, 1))
                .getTotalElements()).isEqualTo(stateParties);
        assertThat(countries.codesIn(group)).hasSize((int) states);
    }

    @Test
    void theHolySeeBelongsToNoRegionalGroup() {
        assertThat(countries.find("VA")).hasValueSatisfying(holySee -> {
            assertThat(holySee.regionalGroup()).isNull();
            assertThat(holySee.romeStatus()).isEqualTo(RomeStatuteStatus.NON_PARTY);
        });
    }

    @Test
    void datesOfTheRomeStatuteAreSeeded() {
        CountryRow senegal = countries.find("SN").orElseThrow();
        CountryRow hungary = countries.find("HU").orElseThrow();

        assertThat(senegal.regionalGroup()).isEqualTo(RegionalGroup.AFRICAN);
        assertThat(senegal.romeStatus()).isEqualTo(RomeStatuteStatus.STATE_PARTY);
        assertThat(senegal.signedOn()).isEqualTo(LocalDate.of(1998, 7, 18));
        assertThat(senegal.ratifiedOn()).isEqualTo(LocalDate.of(1999, 2, 2));
        assertThat(senegal.inForceOn()).isEqualTo(LocalDate.of(2002, 7, 1));
        assertThat(hungary.romeStatus()).isEqualTo(RomeStatuteStatus.WITHDRAWN);
        assertThat(hungary.withdrawalNotifiedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(hungary.withdrawalEffectiveOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void frenchNamesArePresent() {
        assertThat(countries.find("SN").orElseThrow().nameFr()).isEqualTo("Sénégal");
        assertThat(countries.find("DE").orElseThrow().nameFr()).isEqualTo("Allemagne");
        assertThat(countries.find("CI").orElseThrow().nameFr()).isEqualTo("Côte d’Ivoire");
        assertThat(countries.name("NL", Locale.FRENCH)).isEqualTo("Pays-Bas (Royaume des)");
        assertThat(countries.name("NL", Locale.ENGLISH)).isEqualTo("Netherlands (Kingdom of the)");
        assertThat(countries.name("NL", Locale.CANADA_FRENCH)).isEqualTo("Pays-Bas (Royaume des)");
    }

    @Test
    void codesAreLookedUpWhateverTheirCase() {
        assertThat(countries.find("sn")).hasValueSatisfying(country -> assertThat(country.code()).isEqualTo("SN"));
        assertThat(countries.exists("sn")).isTrue();
        assertThat(countries.exists("XX")).isFalse();
        assertThat(countries.find("XX")).isEmpty();
    }

    @Test
    void searchFindsCountriesByEitherNameIgnoringAccentsOrByCode() {
        assertThat(codes(new CountryFilter("senegal", null, null))).containsExactly("SN");
        assertThat(codes(new CountryFilter("SÉNÉGAL", null, null))).containsExactly("SN");
        assertThat(codes(new CountryFilter("allemagne", null, null))).containsExactly("DE");
        assertThat(codes(new CountryFilter("etats-unis", null, null))).containsExactly("US");
        assertThat(codes(new CountryFilter("deu", null, null))).contains("DE");
        assertThat(codes(new CountryFilter("cote d", RegionalGroup.AFRICAN, RomeStatuteStatus.STATE_PARTY)))
                .containsExactly("CI");
    }

    @Test
    @WithStaff(username = "country.admin", role = Role.ADMIN)
    void administratorsCorrectACountryAndEveryoneSeesTheCorrection() {
        CountryRow before = countries.find("VA").orElseThrow();
        try {
            CountryRow corrected = countries.update("VA", changes(before, "Saint-Siège (Vatican)", before.version()));

            assertThat(corrected.nameFr()).isEqualTo("Saint-Siège (Vatican)");
            assertThat(corrected.asOf()).isEqualTo(LocalDate.now(clock));
            assertThat(corrected.version()).isGreaterThan(before.version());
            assertThat(countries.name("VA", Locale.FRENCH)).isEqualTo("Saint-Siège (Vatican)");
            assertThat(testUsers.as("country.viewer", Role.VIEWER, () -> countries.find("VA")).orElseThrow()
                    .nameFr()).isEqualTo("Saint-Siège (Vatican)");
            assertThat(codes(new CountryFilter("vatican", null, null))).containsExactly("VA");
        } finally {
            restore(before);
        }
    }

    @Test
    @WithStaff(username = "country.admin", role = Role.ADMIN)
    void staleCorrectionIsRefusedAndNothingIsOverwritten() {
        CountryRow before = countries.find("VA").orElseThrow();
        try {
            countries.update("VA", changes(before, "Saint-Siège (Vatican)", before.version()));

            assertThatThrownBy(() -> countries.update("VA", changes(before, "Vatican", before.version())))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(countries.find("VA").orElseThrow().nameFr()).isEqualTo("Saint-Siège (Vatican)");
        } finally {
            restore(before);
        }
    }

    @Test
    @WithStaff(username = "country.admin", role = Role.ADMIN)
    void aCorrectionIsSeenOnceSavedEvenIfSomeoneReadTheCountriesWhileItWasBeingSaved() {
        CountryRow before = countries.find("VA").orElseThrow();
        String correction = "Saint-Siège " + ThreadLocalRandom.current().nextInt(1000, 10000);
        try {
            transactions.executeWithoutResult(status -> {
                countries.update("VA", changes(before, correction, before.version()));
                // a colleague's screen reads the countries before the correction is committed
                CompletableFuture.runAsync(() -> countries.name("VA", Locale.FRENCH)).join();
            });

            assertThat(countries.name("VA", Locale.FRENCH)).isEqualTo(correction);
        } finally {
            restore(before);
        }
    }

    @Test
    @WithStaff(username = "country.admin", role = Role.ADMIN)
    void correctionsMustKeepBothNamesAndTheDatesInOrder() {
        CountryRow senegal = countries.find("SN").orElseThrow();

        assertThatThrownBy(() -> countries.update("SN", new CountryChanges(" ", senegal.nameFr(),
                senegal.regionalGroup(), senegal.romeStatus(), senegal.signedOn(), senegal.ratifiedOn(),
                senegal.inForceOn(), null, null, senegal.version())))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("nameEn"));
        assertThatThrownBy(() -> countries.update("SN", new CountryChanges(senegal.nameEn(), senegal.nameFr(),
                senegal.regionalGroup(), senegal.romeStatus(), senegal.signedOn(), senegal.signedOn().minusDays(1),
                senegal.inForceOn(), null, null, senegal.version())))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("ratifiedOn"));
        assertThat(countries.find("SN").orElseThrow().version()).isEqualTo(senegal.version());
    }

    @Test
    void onlyAdministratorsCorrectCountries() {
        CountryRow senegal = countries.find("SN").orElseThrow();
        CountryChanges changes = changes(senegal, "Sénégal (corrigé)", senegal.version());

        assertThatThrownBy(() -> countries.update("SN", changes)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as("country.manager", Role.MANAGER, () -> countries.update("SN", changes)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as("country.viewer", Role.VIEWER, () -> countries.update("SN", changes)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(countries.find("SN").orElseThrow().nameFr()).isEqualTo("Sénégal");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<String> codes(CountryFilter filter) {
        return countries.list(filter, PageRequest.of(0, 50, Sort.by("code"))).getContent().stream()
                .map(CountryRow::code).toList();
    }

    private static CountryChanges changes(CountryRow country, String nameFr, long version) {
        return new CountryChanges(country.nameEn(), nameFr, country.regionalGroup(), country.romeStatus(),
                country.signedOn(), country.ratifiedOn(), country.inForceOn(), country.withdrawalNotifiedOn(),
                country.withdrawalEffectiveOn(), version);
    }

    /** Puts the shared reference data back as it was, for the tests that read it. */
    private void restore(CountryRow before) {
        CountryRow current = countries.list(new CountryFilter(before.code(), null, null), PageRequest.of(0, 50))
                .getContent().stream().filter(row -> row.code().equals(before.code())).findFirst().orElseThrow();
        testUsers.runAs("country.admin", Role.ADMIN,
                () -> countries.update(before.code(), changes(before, before.nameFr(), current.version())));
    }
}
