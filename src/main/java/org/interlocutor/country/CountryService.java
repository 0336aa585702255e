package org.interlocutor.country;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The country reference data: lists, look-ups by code, and administrators' corrections. */
@Service
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;
    /** 196 rows that change only by an administrator's hand: kept in memory for names in lists. */
    private final AtomicReference<@Nullable Map<String, CountryRow>> byCode = new AtomicReference<>();

    CountryService(CountryRepository countries, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events, StaffDirectory staff) {
        this.countries = countries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.staff = staff;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<CountryRow> list(CountryFilter filter, Pageable pageable) {
        return countries.search(SearchPatterns.foldedContains(filter.text()), filter.regionalGroup(),
                filter.status(), pageable).map(CountryRow::of);
    }

    // read from the cache: no transaction of its own (grids and exports ask for every row)
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CountryRow> find(String code) {
        return Optional.ofNullable(cache().get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country's name in the language, or the code itself when it is not known. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String name(@Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        CountryRow country = cache().get(code.toUpperCase(Locale.ROOT));
        return country == null ? code : country.name(locale);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean exists(String code) {
        return cache().containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** The codes of the countries in a regional group, for filters that join on country. */
    public List<String> codesIn(RegionalGroup regionalGroup) {
        return countries.codesIn(regionalGroup);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CountryRow update(String code, CountryChanges changes) {
        Country country = countries.findById(code).orElseThrow(StaleRecordException::new);
        if (country.version() != changes.version()) {
            throw new StaleRecordException(staff.displayName(country.updatedBy()), country.updatedAt());
        }
        if (changes.nameEn().isBlank()) {
            throw new InvalidFieldException("nameEn", "country.error.name-required");
        }
        if (changes.nameFr().isBlank()) {
            throw new InvalidFieldException("nameFr", "country.error.name-required");
        }
        checkOrder(changes.signedOn(), changes.ratifiedOn(), "ratifiedOn");
        checkOrder(changes.ratifiedOn(), changes.inForceOn(), "inForceOn");
        checkOrder(changes.withdrawalNotifiedOn(), changes.withdrawalEffectiveOn(), "withdrawalEffectiveOn");
        LocalDate today = LocalDate.now(clock);
        RegionalGroup previousGroup = country.regionalGroup();
        RecordFields before = country.auditFields();
        country.update(changes, today, clock.instant(), currentUser.require().username());
        List<FieldChange> changed = before.changesTo(country.auditFields());
        if (!changed.isEmpty()) {
            // a country's id is its code: the trail files it under the code, as text
            events.publishEvent(Audited.of(AuditAction.UPDATE, RecordTypes.COUNTRY, null).withChanges(changed)
                    .withDetail(code.toUpperCase(Locale.ROOT)));
        }
        CountryRow saved = CountryRow.of(countries.saveAndFlush(country));
        byCode.set(null);
        if (previousGroup != saved.regionalGroup()) {
            events.publishEvent(new CountryRegionalGroupChanged(saved.code(), saved.regionalGroup()));
        }
        // whoever reads the countries before this transaction ends caches the rows as they were: forget them then
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                byCode.set(null);
            }
        });
        return saved;
    }

    private static void checkOrder(@Nullable LocalDate earlier, @Nullable LocalDate later, String field) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            throw new InvalidFieldException(field, "error.dates-out-of-order");
        }
    }

    private Map<String, CountryRow> cache() {
        Map<String, CountryRow> cached = byCode.get();
        if (cached == null) {
            cached = countries.findAll().stream().map(CountryRow::of)
                    .collect(Collectors.toUnmodifiableMap(CountryRow::code, Function.identity()));
            byCode.set(cached);
        }
        return cached;
    }
}
