package org.interlocutor.demo;

import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.dashboard.CoverageWindow;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.MonthlyBreakdown;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.FollowUpWindow;
import org.interlocutor.importexport.ExportBenchmark;
import org.interlocutor.importexport.ImportBenchmark;
import org.interlocutor.shared.Sensitivity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.TagRow;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Command;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * {@code bench [--contacts=100000] [--runs=21]}: loads demo data up to the number of contacts unless it is there, then
 * prints the median service-level time of the directory's queries as {@code BENCH <name> <value> <unit>} lines.
 * Queries run as an advocacy officer, so that every one carries the need-to-know rule as it does in use.
 */
@Component
class BenchCommand implements Command {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    private int warmUp = 20;
    private boolean detail;
    private final DemoDataLoader loader;
    private final CommandLineSignIn signIn;
    private final ContactService contacts;
    private final OrganizationService organizations;
    private final EngagementService engagements;
    private final FollowUpService followUps;
    private final CampaignService campaigns;
    private final ContactBulkWriter contactWriter;
    private final ImportBenchmark importBenchmark;
    private final ExportBenchmark exportBenchmark;
    private final DashboardService dashboard;

    BenchCommand(DemoDataLoader loader, CommandLineSignIn signIn, ContactService contacts,
                 OrganizationService organizations, EngagementService engagements, FollowUpService followUps,
                 CampaignService campaigns, ContactBulkWriter contactWriter, ImportBenchmark importBenchmark,
                 ExportBenchmark exportBenchmark, DashboardService dashboard) {
        this.dashboard = dashboard;
        this.importBenchmark = importBenchmark;
        this.exportBenchmark = exportBenchmark;
        this.engagements = engagements;
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.contactWriter = contactWriter;
        this.loader = loader;
        this.signIn = signIn;
        this.contacts = contacts;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "[--contacts=100000] [--engagements=1000000] [--runs=21] [--warm-up=20] [--detail] "
                + "[--import-rows=100000] [--only=queries|import|export]  load demo data if needed, then time the "
                + "directory's and the engagements' queries, an import of new contacts (0 import rows: none) and "
                + "an export of every contact";
    }

    @Override
    public int run(CommandArguments arguments) {
        int wanted = arguments.intOption("contacts", 100_000);
        int runs = arguments.intOption("runs", 21);
        warmUp = arguments.intOption("warm-up", 20);
        detail = arguments.flag("detail");
        int importRows = arguments.intOption("import-rows", 100_000);
        String only = arguments.option("only", "");
        if (!only.isEmpty() && !only.equals("queries") && !only.equals("import") && !only.equals("export")) {
            throw new IllegalArgumentException("--only must be queries, import or export");
        }
        if (importRows < 0 || importRows > 200_000) {
            throw new IllegalArgumentException("--import-rows must be between 0 and 200,000");
        }
        signIn.asAdministrator();
        DemoDataLoader.Result load = loader.loadUpTo(wanted, created -> {
            if (created % 10_000 == 0) {
                System.out.printf("  %,d contacts written%n", created);
            }
        });
        if (load.created() > 0) {
            print("load.contacts.per-second", load.created() / load.seconds(), "rows/s");
        }
        DemoDataLoader.EngagementResult engagementLoad = loader.loadEngagementsUpTo(
                arguments.intOption("engagements", 1_000_000), created -> {
                    if (created % 50_000 == 0) {
                        System.out.printf("  %,d engagements written%n", created);
                    }
                });
        if (engagementLoad.created() > 0) {
            print("load.engagements.per-second", engagementLoad.created() / engagementLoad.seconds(), "rows/s");
        }
        if (only.equals("export")) {
            benchExport(wanted);
            return 0;
        }
        if (!only.equals("import")) {
            benchQueries(runs);
        }
        if (!only.equals("queries") && importRows > 0) {
            benchImport(importRows);
        }
        return 0;
    }

    /** The directory's, the engagements' and the follow-ups' queries, as an advocacy officer. */
    private void benchQueries(int runs) {
        // the demo's most engaged person anyone may see: the longest timeline there is to page through
        long busiest = contactWriter.allParticipantFacts().stream()
                .filter(person -> person.sensitivity() == Sensitivity.NORMAL)
                .findFirst().orElseThrow().contactId();
        SignedInUser officer = signIn.as("demo.officer1");
        System.out.printf("Timing as %s (%s), %d runs after %d warm-up runs, first page of 50%n",
                officer.username(), officer.role(), runs, warmUp);

        TagRow tag = contacts.tags("ASP25", PageRequest.of(0, 1)).getFirst();
        LocalDate today = LocalDate.now();
        Map<String, ContactFilter> filters = new LinkedHashMap<>();
        filters.put("none", ContactFilter.NONE);
        filters.put("text", ContactFilter.NONE.withText("mar"));
        filters.put("country", ContactFilter.NONE.withCountry("KE"));
        filters.put("regional-group", ContactFilter.NONE.withRegionalGroup(RegionalGroup.AFRICAN));
        filters.put("tag", ContactFilter.NONE.withTag(tag.id()));
        filters.put("owner", ContactFilter.NONE.withOwner(officer.id()));
        filters.put("last-engaged", ContactFilter.NONE.withEngaged(today.minusDays(90), today));
        filters.put("combined", ContactFilter.NONE.withText("mar").withRegionalGroup(RegionalGroup.AFRICAN)
                .withTag(tag.id()).withOwner(officer.id()).withEngaged(today.minusDays(365), today));
        filters.forEach((name, filter) -> {
            print("query.contacts.page." + name + ".ms", median(runs, () -> contacts.rows(filter, FIRST_PAGE)), "ms");
            print("query.contacts.count." + name + ".ms", median(runs, () -> contacts.count(filter)), "ms");
        });

        benchEngagements(officer, busiest, runs);
        benchDashboard(officer, runs);

        OrganizationRow registry = organizations.suggest("Registry", PageRequest.of(0, 1)).getFirst();
        print("query.organization.members.ms",
                median(runs, () -> contacts.members(registry.id(), true, FIRST_PAGE)), "ms");
        long members = contacts.members(registry.id(), true, FIRST_PAGE).getTotalElements();
        System.out.printf("(members of %s: %,d; contacts visible to %s: %,d)%n", registry.displayName(), members,
                officer.username(), contacts.count(ContactFilter.NONE));
    }

    /**
     * An export of every contact as .xlsx, as an administrator (who sees them all), after a warm-up run, and the
     * heap it kept: the most that survived a collection during the export, above what was there before.
     */
    private void benchExport(int contactsLoaded) {
        signIn.asAdministrator();
        exportBenchmark.measure(); // warm-up: the first run also loads classes and fills caches
        ExportBenchmark.Figures figures = exportBenchmark.measure();
        String size = contactsLoaded % 1000 == 0 ? contactsLoaded / 1000 + "k" : Integer.toString(contactsLoaded);
        print("export.contacts." + size + ".seconds", figures.seconds(), "s");
        print("export.heap.mb", figures.exportHeapBytes() / (1024.0 * 1024.0), "MB");
        System.out.printf(Locale.ROOT, "(export of %,d contacts, %,.0f rows/s, %.1f MB of .xlsx; live heap at most "
                        + "%.0f MB, %.0f MB of it there before the export; heap in use before a collection at most "
                        + "%.0f MB, garbage included; heap limit %,d MB)%n", figures.rows(),
                figures.rows() / figures.seconds(), figures.fileBytes() / (1024.0 * 1024.0),
                figures.peakLiveBytes() / (1024.0 * 1024.0), figures.baselineHeapBytes() / (1024.0 * 1024.0),
                figures.peakHeapBytes() / (1024.0 * 1024.0), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * An import of new contacts (one row in twenty an existing contact, skipped) as an administrator, against the
     * time of reading the file alone and of writing its contacts alone, and the peak heap; the import is undone.
     */
    private void benchImport(int rows) {
        signIn.asAdministrator();
        System.out.printf("Timing an import of %,d contacts (one in %d already there, matched by email)%n", rows, 20);
        ImportBenchmark.Figures figures = importBenchmark.measure(rows);
        String size = rows % 1000 == 0 ? rows / 1000 + "k" : Integer.toString(rows);
        print("import.contacts." + size + ".seconds", figures.importSeconds(), "s");
        print("import.limit.ratio", figures.limitRatio(), "");
        print("import.heap.mb", figures.peakHeapBytes() / (1024.0 * 1024.0), "MB");
        System.out.printf(Locale.ROOT, "(import %,.0f rows/s; reading alone %,.0f rows/s in %.1f s; writing alone "
                        + "%,.0f rows/s in %.1f s; %,d created, %,d skipped, %,d rejected; live heap at most %.0f MB; "
                        + "heap limit %,d MB)%n",
                figures.importRowsPerSecond(), figures.parseRowsPerSecond(), figures.parseSeconds(),
                figures.insertRowsPerSecond(), figures.insertSeconds(), figures.created(), figures.skipped(),
                figures.rejected(), figures.peakLiveBytes() / (1024.0 * 1024.0),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Timelines, the engagements list under each filter, and the officer's follow-ups. */
    private void benchEngagements(SignedInUser officer, long busiest, int runs) {
        print("query.engagements.contact-timeline.ms",
                median(runs, () -> engagements.rows(EngagementFilter.ofContact(busiest), FIRST_PAGE)), "ms");
        Instant now = Instant.now();
        List<CampaignRow> someCampaign = campaigns.suggest("", PageRequest.of(0, 1));
        Map<String, EngagementFilter> filters = new LinkedHashMap<>();
        filters.put("none", EngagementFilter.NONE);
        filters.put("period", EngagementFilter.NONE.withPeriod(now.minus(90, ChronoUnit.DAYS), now));
        filters.put("kind", EngagementFilter.NONE.withKind(EngagementKind.FIELD_MISSION));
        someCampaign.forEach(campaign -> filters.put("campaign", EngagementFilter.NONE.withCampaign(campaign.id())));
        filters.put("staff", EngagementFilter.NONE.withStaff(officer.id()));
        filters.put("category", EngagementFilter.NONE.withCategory(StakeholderCategory.HUMAN_RIGHTS_DEFENDER));
        filters.put("country", EngagementFilter.NONE.withCountry("KE"));
        filters.put("regional-group", EngagementFilter.NONE.withRegionalGroup(RegionalGroup.LATIN_AMERICAN_CARIBBEAN));
        filters.put("text-common", EngagementFilter.NONE.withText("budget"));
        // a note verbale number: a handful of engagements among a million
        filters.put("text-rare", EngagementFilter.NONE.withText("4711"));
        filters.put("organization", EngagementFilter.ofOrganization(
                organizations.suggest("Registry", PageRequest.of(0, 1)).getFirst().id()));
        filters.put("combined", EngagementFilter.NONE.withCountry("KE").withKind(EngagementKind.MEETING)
                .withText("budget").withPeriod(now.minus(365, ChronoUnit.DAYS), now));
        filters.forEach((name, filter) -> print("query.engagements.page." + name + ".ms",
                median(runs, () -> engagements.rows(filter, FIRST_PAGE)), "ms"));
        for (FollowUpWindow window : FollowUpWindow.values()) {
            print("query.follow-ups.mine." + window.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".ms",
                    median(runs, () -> followUps.mine(window, FIRST_PAGE)), "ms");
        }
        print("query.follow-ups.overdue-count.ms", median(runs, followUps::myOverdueCount), "ms");
        System.out.printf("(engagements visible to %s: %,d; on the busiest timeline: %,d; open follow-ups: %,d)%n",
                officer.username(), engagements.count(EngagementFilter.NONE),
                engagements.count(EngagementFilter.ofContact(busiest)),
                followUps.countMine(FollowUpWindow.OVERDUE) + followUps.countMine(FollowUpWindow.THIS_WEEK)
                        + followUps.countMine(FollowUpWindow.LATER));
    }

    /** Each figure of the dashboard, as the officer sees it; the colleagues' overdue follow-ups as the manager. */
    private void benchDashboard(SignedInUser officer, int runs) {
        int days = dashboard.goingColdDays();
        print("dashboard.my-follow-ups.ms", median(runs, dashboard::myFollowUps), "ms");
        print("dashboard.month-over-month.ms", median(runs, dashboard::engagementsThisMonth), "ms");
        for (CoverageWindow window : CoverageWindow.values()) {
            print("dashboard.coverage." + window.days() + "-days.ms", median(runs, () -> dashboard.coverage(window)),
                    "ms");
        }
        print("dashboard.going-cold.count.ms", median(runs, () -> dashboard.countGoingCold(days)), "ms");
        print("dashboard.going-cold.page.ms", median(runs, () -> dashboard.goingCold(days, FIRST_PAGE)), "ms");
        print("dashboard.per-month.by-campaign.ms",
                median(runs, () -> dashboard.engagementsPerMonth(MonthlyBreakdown.BY_CAMPAIGN)), "ms");
        print("dashboard.per-month.by-kind.ms",
                median(runs, () -> dashboard.engagementsPerMonth(MonthlyBreakdown.BY_KIND)), "ms");
        long reached = dashboard.coverage(CoverageWindow.DAYS_90).groups().stream()
                .mapToLong(group -> group.reached()).sum();
        long cold = dashboard.countGoingCold(days);
        SignedInUser manager = signIn.as("demo.manager");
        print("dashboard.overdue-by-officer.ms", median(runs, dashboard::overdueByOfficer), "ms");
        System.out.printf("(dashboard of %s: State Parties reached in 90 days: %,d; key people going cold after %d "
                        + "days: %,d; colleagues with overdue follow-ups, as %s: %,d)%n", officer.username(), reached,
                days, cold, manager.username(), dashboard.overdueByOfficer().size());
        signIn.as(officer.username());
    }

    private double median(int runs, Supplier<?> query) {
        for (int i = 0; i < warmUp; i++) {
            query.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        if (detail) {
            System.out.printf(Locale.ROOT, "  (min %.2f, p90 %.2f, max %.2f)%n", millis[0], millis[runs * 9 / 10],
                    millis[runs - 1]);
        }
        return millis[runs / 2];
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit).strip());
    }

}
