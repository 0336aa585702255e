package org.interlocutor.importexport;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.shared.Command;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * {@code export --type=contacts|mailing-list|organisations|engagements|followups --out=F [--format=xlsx|csv]
 * [--filter=QUERY] [--as=USER] [--lang=en|fr]}: the exports of the screens from the command line. The filter is
 * written as the list's address shows it ({@code q=ambassador&group=AFRICAN&cols=name,email} for contacts,
 * {@code kind=MEETING&from=2026-01-01&contact=12} for engagements); the export runs as the first administrator
 * unless {@code --as} names someone, and sees what they may see.
 */
@Component
class ExportCommand implements Command {

    private final ExportService exports;
    private final CommandLineSignIn signIn;

    ExportCommand(ExportService exports, CommandLineSignIn signIn) {
        this.exports = exports;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "--type=contacts|mailing-list|organisations|engagements|followups --out=FILE [--format=xlsx|csv] "
                + "[--filter=QUERY as the list's address writes it, e.g. q=ambassador&country=KE&cols=name,email] "
                + "[--as=USERNAME] [--lang=en|fr]  export a list as the screens do";
    }

    @Override
    public int run(CommandArguments arguments) throws Exception {
        String type = arguments.option("type", "");
        if (!List.of("contacts", "mailing-list", "organisations", "organizations", "engagements", "followups")
                .contains(type)) {
            System.err.println("--type must be contacts, mailing-list, organisations, engagements or followups");
            return 2;
        }
        String out = arguments.option("out", "");
        if (out.isBlank()) {
            System.err.println("--out=FILE is required");
            return 2;
        }
        Path target = Path.of(out).toAbsolutePath();
        ExportFormat format = switch (arguments.option("format", target.toString().endsWith(".csv") ? "csv" : "xlsx")) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            default -> null;
        };
        if (format == null) {
            System.err.println("--format must be xlsx or csv");
            return 2;
        }
        String as = arguments.option("as", "");
        if (as.isBlank()) {
            signIn.asAdministrator();
        } else {
            signIn.as(as);
        }
        String filter = arguments.option("filter", "");
        Locale locale = arguments.option("lang", "en").equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        long started = System.nanoTime();
        // written next to the target and moved into place, so that a failed export leaves no half file
        Path partial = Files.createTempFile(target.getParent(), ".export-", ".part");
        long rows;
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                rows = export(type, filter, format, locale, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        System.out.printf("Exported %,d rows to %s in %.1f s.%n", rows, target, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private long export(String type, String filter, ExportFormat format, Locale locale, OutputStream out) {
        ZoneId zone = ZoneId.systemDefault();
        ExportProgress progress = (done, total) -> {
            if (done % 20_000 == 0) {
                System.out.printf("  %,d of %,d rows%n", done, total);
            }
        };
        return switch (type) {
            case "contacts", "mailing-list" -> {
                ContactQueryString.View view = ContactQueryString.parse(filter);
                ContactExport export = new ContactExport(view.filter(), Sort.unsorted(), view.columns(), null);
                yield type.equals("contacts") ? exports.exportContacts(export, format, locale, zone, out, progress)
                        : exports.exportMailingList(export, format, locale, zone, out, progress);
            }
            case "engagements" -> exports.exportEngagements(EngagementListQuery.parse(filter).toFilter(zone), filter,
                    format, locale, zone, out, progress);
            case "followups" -> exports.exportMyFollowUps(null, format, locale, zone, out, progress);
            default -> exports.exportOrganizations(OrganizationFilter.parse(filter), Sort.unsorted(), filter, format,
                    locale, zone, out, progress);
        };
    }
}
