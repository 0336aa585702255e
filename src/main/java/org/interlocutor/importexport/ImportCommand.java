package org.interlocutor.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Command;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * {@code import --type=contacts --file=F}: imports a spreadsheet into the configured database the way the import
 * wizard does (same checks, same batch, same undo), prints what was done, and writes the rejected rows next to the
 * file. Exits with 0 when no row was rejected, 1 when rows were, 2 when the file or the options were refused. Runs
 * as the first administrator, or as the account named by {@code --as}. Speaks English.
 */
@Component
class ImportCommand implements Command {

    static final int REJECTED_ROWS = 1;
    static final int REFUSED = 2;

    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final ImportService imports;
    private final CommandLineSignIn signIn;
    private final MessageSource messages;

    ImportCommand(ImportService imports, CommandLineSignIn signIn, MessageSource messages) {
        this.imports = imports;
        this.signIn = signIn;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "--type=contacts|organisations|engagements --file=FILE [--sheet=NAME] [--mapping=NAME] "
                + "[--mode=skip|update|fill|create] [--sensitivity=normal|restricted|confidential] "
                + "[--create-organisations] [--partial] [--dry-run] [--as=USERNAME]  import an .xlsx or .csv file "
                + "(the first sheet unless --sheet; columns guessed from the headers unless --mapping names a saved "
                + "mapping; matching records skipped unless --mode; all or nothing unless --partial); the rejected "
                + "rows are written next to the file as NAME-rejected.xlsx; exits 1 when rows were rejected, 2 when "
                + "the file or an option was refused";
    }

    @Override
    public int run(CommandArguments arguments) {
        ImportType type = type(arguments.option("type", ""));
        String fileOption = arguments.option("file", "");
        if (fileOption.isBlank()) {
            throw new IllegalArgumentException("--file is required");
        }
        DuplicateMode mode = choice(DuplicateMode.class, "mode", arguments.option("mode", "skip"));
        Sensitivity sensitivity = choice(Sensitivity.class, "sensitivity", arguments.option("sensitivity", "normal"));
        boolean dryRun = arguments.flag("dry-run");
        boolean partial = arguments.flag("partial");
        boolean createOrganizations = arguments.flag("create-organisations")
                || arguments.flag("create-organizations");
        Optional<String> mappingName = Optional.of(arguments.option("mapping", "")).filter(name -> !name.isBlank());
        Path path = Path.of(fileOption).toAbsolutePath().normalize();
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            err.println("import: there is no readable file " + path);
            return REFUSED;
        }
        String username = arguments.option("as", "");
        SignedInUser me = username.isBlank() ? signIn.asAdministrator() : signIn.as(username);

        try (InputStream content = Files.newInputStream(path);
             ImportFile file = imports.open(content, path.getFileName().toString())) {
            String sheet = arguments.option("sheet", file.sheetNames().isEmpty() ? "" : file.sheetNames().getFirst());
            SheetLayout layout = imports.layout(file, sheet, type, mappingName);
            out.printf("Importing %s from %s as %s%n", text(type).toLowerCase(LANGUAGE), path, me.username());
            out.printf("Sheet: %s; header in row %d%s%n", layout.sheet(), layout.headerRowNumber(),
                    mappingName.map(name -> "; saved mapping \"" + name + "\"").orElse(""));
            for (int column = 0; column < layout.headers().size(); column++) {
                ImportField field = layout.mapping().get(column);
                out.printf("  %-3s %-30s -> %s%n", SpreadsheetProblems.columnName(column),
                        layout.headers().get(column), field == null ? "not imported" : text(field));
            }
            if (layout.mapping().isEmpty()) {
                err.println("import: no column of this sheet is mapped to a field; nothing to import");
                return REFUSED;
            }
            out.printf("Matching records: %s; new records: %s%s%s%n", text(mode), text(sensitivity),
                    partial ? "; valid rows written even if others are rejected" : "",
                    createOrganizations ? "; missing organisations created" : "");
            ImportRequest request = new ImportRequest(type, layout.sheet(), layout.headerRowNumber(),
                    layout.mapping(), mode, sensitivity, createOrganizations, partial, dryRun);
            ImportReport report = imports.run(file, request, new ImportProgress() {
                @Override
                public void rowsDone(int rows) {
                    if (rows > 0 && rows % 10_000 == 0) {
                        out.printf("  %,d rows read%n", rows);
                    }
                }
            }, LANGUAGE);
            printReport(out, report);
            if (report.rejectedRowsFile() != null) {
                Path rejected = path.resolveSibling(baseName(path) + "-rejected.xlsx");
                moveReport(report.rejectedRowsFile(), rejected, out, err);
            }
            return report.rejected() > 0 ? REJECTED_ROWS : 0;
        } catch (UserFacingException refused) {
            err.println("import: " + messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.messageKey(), LANGUAGE));
            return REFUSED;
        } catch (AccessDeniedException denied) {
            err.println("import: " + me.username() + " may not import (officers, managers and administrators may)");
            return REFUSED;
        } catch (IOException unreadable) {
            err.println("import: could not read " + path + ": " + unreadable.getMessage());
            return REFUSED;
        }
    }

    private void printReport(PrintStream out, ImportReport report) {
        out.printf("Rows read: %,d%n", report.rowsRead());
        out.printf("Created:   %,d%n", report.created());
        out.printf("Updated:   %,d%n", report.updated());
        out.printf("Skipped:   %,d%n", report.skipped());
        out.printf("Rejected:  %,d%n", report.rejected());
        out.printf("Status: %s%n", report.dryRun() ? "dry run" : text(report.status()));
        if (report.batchId() != null) {
            out.printf("Batch: %d%n", report.batchId());
        }
        out.printf(Locale.ROOT, "Elapsed: %.1f s%n", report.seconds());
        if (report.dryRun()) {
            out.println("Dry run: nothing was written; the counts say what an import would do.");
        } else if (!report.written()) {
            out.println("Nothing was written.");
        }
    }

    private static void moveReport(Path temporary, Path target, PrintStream out, PrintStream err) {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            out.println("Rejected rows, with the reason of each: " + target);
        } catch (IOException e) {
            err.println("import: could not write " + target + " (" + e.getMessage() + "); the rejected rows are in "
                    + temporary);
        }
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ImportType type(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "contacts", "contact" -> ImportType.CONTACTS;
            case "organisations", "organizations", "organisation", "organization" -> ImportType.ORGANIZATIONS;
            case "engagements", "engagement" -> ImportType.ENGAGEMENTS;
            case "" -> throw new IllegalArgumentException("--type is required: contacts, organisations or engagements");
            default -> throw new IllegalArgumentException("--type must be contacts, organisations or engagements, "
                    + "not '" + typed + "'");
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String typed) {
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            StringBuilder known = new StringBuilder();
            for (E value : type.getEnumConstants()) {
                known.append(known.isEmpty() ? "" : ", ").append(value.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("--" + option + " must be one of " + known + ", not '" + typed + "'");
        }
    }

    private String text(org.interlocutor.shared.Translatable value) {
        return messages.getMessage(value.messageKey(), null, value.toString(), LANGUAGE);
    }
}
