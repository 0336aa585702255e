package org.interlocutor.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.engagement.AssigneeOverdue;
import org.interlocutor.engagement.CampaignCounts;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.QuietContact;
import org.interlocutor.shared.BreakGlassNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, one method each, for the signed-in person. Each is computed by the services of the
 * features that own the data, which apply the need-to-know rule in their queries: a figure never counts a contact,
 * engagement or follow-up its reader may not see.
 *
 * <p>Days and months are UTC dates, as everywhere in the application (the clock is UTC, engagement times are kept
 * in UTC and due dates are UTC dates; see FollowUpService): "today" is today's UTC date, a month runs from the first
 * of the month at 00:00 UTC. Engagements count from their start; only those started before the end of today count,
 * so that a meeting logged ahead of time does not show as reaching a country or warming a contact yet.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    /** Key people: influence 4 or 5 of 5. */
    static final int KEY_INFLUENCE = 4;
    /** The campaigns shown each in their own series; the others are added up as "other campaigns". */
    static final int LEADING_CAMPAIGNS = 5;
    static final int MONTHS = 12;
    /** The longest "going cold" period the page may ask for: ten years. */
    public static final int MAX_DAYS = 3650;
    /** How far back, and how many, break-glass accesses to the reader's records the start page tells of. */
    static final int BREAK_GLASS_DAYS = 30;
    static final int BREAK_GLASS_SHOWN = 10;

    private final CountryService countries;
    private final EngagementService engagements;
    private final FollowUpService followUps;
    private final CampaignService campaigns;
    private final ContactService contacts;
    private final Clock clock;
    private final int goingColdDays;

    DashboardService(CountryService countries, EngagementService engagements, FollowUpService followUps,
                     CampaignService campaigns, ContactService contacts, Clock clock,
                     @Value("${interlocutor.dashboard.going-cold-days:90}") int goingColdDays) {
        this.contacts = contacts;
        this.countries = countries;
        this.engagements = engagements;
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.clock = clock;
        this.goingColdDays = checkDays(goingColdDays);
    }

    /** The signed-in person's open follow-ups overdue and due today. */
    public MyFollowUps myFollowUps() {
        return new MyFollowUps(followUps.myOverdueCount(), followUps.myDueTodayCount());
    }

    /** Engagements this month so far, last month, and last month up to the same day of the month. */
    public MonthOverMonth engagementsThisMonth() {
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        YearMonth previous = month.minusMonths(1);
        // the same day of last month, or its last day when it is shorter (30 March against 28 February)
        LocalDate sameDay = previous.atDay(Math.min(today.getDayOfMonth(), previous.lengthOfMonth()));
        Instant monthStart = startOf(month.atDay(1));
        Instant previousStart = startOf(previous.atDay(1));
        return new MonthOverMonth(month, count(monthStart, startOf(today.plusDays(1))),
                count(previousStart, monthStart), count(previousStart, startOf(sameDay.plusDays(1))));
    }

    /**
     * For each UN regional group, its State Parties and those reached by at least one engagement the person may
     * see in the window, with the list of those not reached.
     */
    public Coverage coverage(CoverageWindow window) {
        LocalDate today = today();
        LocalDate from = today.minusDays(window.days() - 1L);
        List<CountryRow> parties = countries.list(new CountryFilter("", null, RomeStatuteStatus.STATE_PARTY),
                Pageable.unpaged()).getContent().stream().filter(country -> country.regionalGroup() != null)
                .toList();
        Set<String> reached = engagements.countriesEngaged(parties.stream().map(CountryRow::code).toList(),
                startOf(from), startOf(today.plusDays(1)));
        Map<RegionalGroup, List<CountryRow>> byGroup = new EnumMap<>(RegionalGroup.class);
        for (RegionalGroup group : RegionalGroup.values()) {
            byGroup.put(group, new ArrayList<>());
        }
        parties.forEach(country -> byGroup.get(country.regionalGroup()).add(country));
        List<GroupCoverage> groups = byGroup.entrySet().stream().map(entry -> new GroupCoverage(entry.getKey(),
                entry.getValue().size(), entry.getValue().stream().filter(country -> !reached.contains(country.code()))
                .sorted(Comparator.comparing(CountryRow::nameEn, String.CASE_INSENSITIVE_ORDER)).toList()))
                .toList();
        return new Coverage(window, from, today, groups);
    }

    /** How many days without an engagement make a key person go cold, unless the page asks for another number. */
    public int goingColdDays() {
        return goingColdDays;
    }

    /**
     * How many key people (influence 4 or 5, active, visible to the person) have had no engagement the person may
     * see in the last {@code days} days, today included: met {@code days} days ago or earlier, or never.
     */
    public long countGoingCold(int days) {
        LocalDate today = today();
        return engagements.countQuietContacts(KEY_INFLUENCE, startOf(coldSince(today, days)),
                startOf(today.plusDays(1)));
    }

    /** A page of the key people going cold: the most influential first, then by name. */
    public List<QuietContact> goingCold(int days, Pageable pageable) {
        LocalDate today = today();
        return engagements.quietContacts(KEY_INFLUENCE, startOf(coldSince(today, days)),
                startOf(today.plusDays(1)), pageable);
    }

    /**
     * Engagements the person may see in each of the last twelve months, the current one so far: by kind, or by
     * campaign (the five with the most engagements over the year, then "other campaigns" and "no campaign"; an
     * engagement filed under two campaigns counts for both). Series with nothing in them are left out.
     */
    public MonthlySeries engagementsPerMonth(MonthlyBreakdown breakdown) {
        LocalDate today = today();
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(current.minusMonths(back));
        }
        Instant from = startOf(months.getFirst().atDay(1));
        Instant until = startOf(today.plusDays(1));
        return new MonthlySeries(breakdown, months, breakdown == MonthlyBreakdown.BY_KIND
                ? byKind(months, from, until) : byCampaign(months, from, until));
    }

    /**
     * The break-glass accesses of administrators to the reader's own contacts and engagements in the last
     * {@value #BREAK_GLASS_DAYS} days, newest first: an owner learns of them on their start page.
     */
    public List<BreakGlassNotice> breakGlassOnMine() {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(BREAK_GLASS_DAYS));
        List<BreakGlassNotice> notices = new ArrayList<>(contacts.breakGlassOnMine(since, BREAK_GLASS_SHOWN));
        notices.addAll(engagements.breakGlassOnMine(since, BREAK_GLASS_SHOWN));
        notices.sort(Comparator.comparing((BreakGlassNotice notice) -> notice.access().openedAt()).reversed());
        return List.copyOf(notices.subList(0, Math.min(BREAK_GLASS_SHOWN, notices.size())));
    }

    /** For managers and administrators: each colleague's overdue follow-ups that the reader may see. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<AssigneeOverdue> overdueByOfficer() {
        return followUps.overdueByAssignee();
    }

    private List<FigureSeries> byKind(List<YearMonth> months, Instant from, Instant until) {
        return engagements.countByKindAndMonth(from, until).entrySet().stream()
                .map(kind -> series(new FigureLabel.Key(kind.getKey().messageKey()), months, kind.getValue()))
                .toList();
    }

    private List<FigureSeries> byCampaign(List<YearMonth> months, Instant from, Instant until) {
        CampaignCounts counts = engagements.countByCampaignAndMonth(from, until);
        Map<Long, Map<YearMonth, Long>> perCampaign = counts.byCampaign();
        Map<Long, CampaignRow> rows = campaigns.byIds(perCampaign.keySet());
        List<Long> ranked = perCampaign.keySet().stream().sorted(Comparator
                        .comparingLong((Long id) -> -total(perCampaign.get(id)))
                        .thenComparing(id -> rows.containsKey(id) ? rows.get(id).name() : "",
                                String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(id -> id))
                .toList();
        List<FigureSeries> series = new ArrayList<>();
        Map<YearMonth, Long> others = new HashMap<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            long id = ranked.get(rank);
            if (rank < LEADING_CAMPAIGNS) {
                CampaignRow row = rows.get(id);
                series.add(series(new FigureLabel.Name(row == null ? "#" + id : row.name()), months,
                        perCampaign.get(id)));
            } else {
                perCampaign.get(id).forEach((month, count) -> others.merge(month, count, Long::sum));
            }
        }
        if (total(others) > 0) {
            series.add(series(new FigureLabel.Key("dashboard.monthly.other-campaigns"), months, others));
        }
        if (total(counts.withoutCampaign()) > 0) {
            series.add(series(new FigureLabel.Key("dashboard.monthly.no-campaign"), months,
                    counts.withoutCampaign()));
        }
        return series;
    }

    private long count(Instant from, Instant until) {
        return engagements.count(EngagementFilter.NONE.withPeriod(from, until));
    }

    /** A series of one number per month, zero for the months without any. */
    private static FigureSeries series(FigureLabel label, List<YearMonth> months, Map<YearMonth, Long> counts) {
        return new FigureSeries(label, months.stream().map(month -> counts.getOrDefault(month, 0L)).toList());
    }

    private static long total(Map<YearMonth, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first day of the last {@code days} days, today included. */
    private static LocalDate coldSince(LocalDate today, int days) {
        return today.minusDays(checkDays(days) - 1L);
    }

    private static int checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ": " + days);
        }
        return days;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
