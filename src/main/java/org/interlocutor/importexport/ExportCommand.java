package org.interlocutor.importexport;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Locale;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.shared.Command;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * {@code export --type=contacts --out=F [--format=xlsx|csv] [--filter=QUERY] [--as=USER] [--lang=en|fr]}: the
 * export of the screens from the command line. The filter is written as the contacts list's address shows it
 * ({@code q=ambassador&group=AFRICAN&cols=name,email}); the export runs as the first administrator unless
 * {@code --as} names someone, and sees what they may see.
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
        return "--type=contacts --out=FILE [--format=xlsx|csv] [--filter=q=...&country=KE&cols=name,email] "
                + "[--as=USERNAME] [--lang=en|fr]  export a list as the screens do";
    }

    @Override
    public int run(CommandArguments arguments) throws Exception {
        String type = arguments.option("type", "");
        if (!type.equals("contacts")) {
            System.err.println("--type must be contacts (organisations, engagements and follow-ups come next)");
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
        ContactQueryString.View view = ContactQueryString.parse(arguments.option("filter", ""));
        Locale locale = arguments.option("lang", "en").equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        long started = System.nanoTime();
        // written next to the target and moved into place, so that a failed export leaves no half file
        Path partial = Files.createTempFile(target.getParent(), ".export-", ".part");
        long rows;
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                rows = exports.exportContacts(new ContactExport(view.filter(), Sort.unsorted(), view.columns(),
                        null), format, locale, ZoneId.systemDefault(), stream, (done, total) -> {
                            if (done % 20_000 == 0) {
                                System.out.printf("  %,d of %,d rows%n", done, total);
                            }
                        });
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        System.out.printf("Exported %,d contacts to %s in %.1f s.%n", rows, target, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
