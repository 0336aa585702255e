package org.interlocutor.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    BenchCommand(DemoDataLoader loader, CommandLineSignIn signIn, ContactService contacts,
                 OrganizationService organizations) {
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
        return "[--contacts=100000] [--runs=21] [--warm-up=20] [--detail]  load demo data if needed, then time the directory's queries";
    }

    @Override
    public int run(CommandArguments arguments) {
        int wanted = arguments.intOption("contacts", 100_000);
        int runs = arguments.intOption("runs", 21);
        warmUp = arguments.intOption("warm-up", 20);
        detail = arguments.flag("detail");
        signIn.asAdministrator();
        DemoDataLoader.Result load = loader.loadUpTo(wanted, created -> {
            if (created % 10_000 == 0) {
                System.out.printf("  %,d contacts written%n", created);
            }
        });
        if (load.created() > 0) {
            print("load.contacts.per-second", load.created() / load.seconds(), "rows/s");
        }
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

        OrganizationRow registry = organizations.suggest("Registry", PageRequest.of(0, 1)).getFirst();
        print("query.organization.members.ms",
                median(runs, () -> contacts.members(registry.id(), true, FIRST_PAGE)), "ms");
        long members = contacts.members(registry.id(), true, FIRST_PAGE).getTotalElements();
        System.out.printf("(members of %s: %,d; contacts visible to %s: %,d)%n", registry.displayName(), members,
                officer.username(), contacts.count(ContactFilter.NONE));
        return 0;
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
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }

}
