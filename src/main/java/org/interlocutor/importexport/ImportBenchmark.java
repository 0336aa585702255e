package org.interlocutor.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ImportKey;
import org.interlocutor.contact.ImportMatch;
import org.interlocutor.contact.TagRow;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Sensitivity;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import benchmark, for the {@code bench} command: writes an .xlsx of fictional new contacts (one row in
 * twenty is an existing contact, by email), then times in the same run reading it alone (the import's file and
 * row readers, no database), writing its contacts alone (the bulk writer, batches of 1000 in one transaction,
 * rolled back), and the real import through {@link ImportService#run} with the peak heap it used, and undoes the
 * import so that the database is left as it was.
 */
@Component
public class ImportBenchmark {

    /** One existing contact in this many rows, matched by email and skipped. */
    static final int MATCH_EVERY = 20;

    private static final String[] HEADERS = {"First name", "Last name", "Email", "Phone", "Organisation", "Country",
            "Job title", "Tags"};
    private static final String[] GIVEN = {"Amina", "Jean", "Sofia", "Kwame", "Ingrid", "Rahul", "Lucía", "Tomás",
            "Fatou", "Mei", "Olusegun", "Hana", "Pieter", "Noor", "Carlos", "Elena", "Yusuf", "Chloé", "Dmitri",
            "Grace", "Ana", "Mamadou", "Leila", "Henrik", "Akosua", "Marco", "Zainab", "Louis", "Aiko", "Tariq",
            "Beatriz", "Samuel", "Nadia", "Oscar", "Priya", "Emeka", "Clara", "Jonas", "Awa", "Diego", "Maryam",
            "Felix", "Esther", "Ravi", "Inès", "Kofi", "Laura", "Hamid", "Sipho", "Marta"};
    private static final String[] FAMILY = {"Diallo", "Okafor", "Van der Berg", "Moreau", "Silva", "Nakamura",
            "Haddad", "Kowalski", "Mensah", "Fernández", "Lindqvist", "Banerjee", "Ndiaye", "Rossi", "Schmidt",
            "Osei", "Dubois", "Petrov", "Castillo", "Abdi", "Jansen", "Traoré", "Kim", "Oliveira", "Nowak",
            "Achebe", "Bakker", "Rahman", "Müller", "Sato", "Mwangi", "Laurent", "Costa", "Hassan", "Novak",
            "Adeyemi", "Eriksen", "Kaya", "Ortiz", "Chen", "Kamara", "Fischer", "Ito", "Suárez", "Ali",
            "Wouters", "Ncube", "Greco", "Dumont", "Patel"};
    private static final String[] COUNTRIES = {"Kenya", "France", "NL", "Brazil", "Japan", "Senegal", "Germany",
            "Argentina", "South Africa", "Canada", "Ghana", "Poland", "Colombia", "Tunisia", "Sweden"};
    private static final String[] JOBS = {"Legal Adviser", "First Secretary", "Programme Officer", "Researcher",
            "Director", "Deputy Head of Mission", "Counsellor", "Advocacy Coordinator", "Journalist", "Professor"};

    private final ImportService imports;
    private final ContactRowReader rowReader;
    private final ContactBulkWriter writer;
    private final ContactService contacts;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    ImportBenchmark(ImportService imports, ContactRowReader rowReader, ContactBulkWriter writer,
                    ContactService contacts, OrganizationService organizations, CurrentUser currentUser,
                    PlatformTransactionManager transactions) {
        this.imports = imports;
        this.rowReader = rowReader;
        this.writer = writer;
        this.contacts = contacts;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What one run measured: the rows of the file, how many matched existing contacts, the seconds of each phase,
     * the peak heap in use during the import (garbage included: what the JVM had to hold) and the peak of what
     * survived a collection (the live data), and what the import did.
     */
    public record Figures(int rows, int matching, double parseSeconds, double insertSeconds, double importSeconds,
                          long peakHeapBytes, long peakLiveBytes, int created, int skipped, int rejected) {

        public double parseRowsPerSecond() {
            return rows / parseSeconds;
        }

        public double insertRowsPerSecond() {
            return rows / insertSeconds;
        }

        public double importRowsPerSecond() {
            return rows / importSeconds;
        }

        /** The import's throughput over that of the slower of reading alone and writing alone. */
        public double limitRatio() {
            return importRowsPerSecond() / Math.min(parseRowsPerSecond(), insertRowsPerSecond());
        }
    }

    /** Runs the benchmark on a file of {@code rows} contacts; the database is left as it was. */
    @PreAuthorize("hasRole('ADMIN')")
    public Figures measure(int rows) {
        SignedInUser me = currentUser.require();
        Path folder;
        try {
            folder = Files.createTempDirectory("interlocutor-import-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Generator generator = new Generator(rows, existingPeople(rows / MATCH_EVERY), organizationNames(),
                    tagNames());
            Path path = generator.write(folder.resolve("Contacts.xlsx"));
            try (InputStream content = Files.newInputStream(path);
                 ImportFile file = imports.open(content, "Contacts.xlsx")) {
                SheetLayout layout = imports.layout(file, file.sheetNames().getFirst(), ImportType.CONTACTS,
                        Optional.empty());
                Map<Integer, ContactField> mapping = new HashMap<>();
                layout.mapping().forEach((column, field) -> mapping.put(column, (ContactField) field));

                double parseSeconds = parseAlone(file, layout, mapping);
                double insertSeconds = insertAlone(generator, mapping, me);

                ImportRequest request = new ImportRequest(ImportType.CONTACTS, layout.sheet(),
                        layout.headerRowNumber(), layout.mapping(), DuplicateMode.SKIP, Sensitivity.NORMAL, false,
                        false, false);
                System.gc();
                ImportReport report;
                double importSeconds;
                HeapWatch heap = new HeapWatch();
                try (heap) {
                    long started = System.nanoTime();
                    report = imports.run(file, request, ImportProgress.NONE, Locale.ENGLISH);
                    importSeconds = (System.nanoTime() - started) / 1e9;
                }
                if (report.rejectedRowsFile() != null) {
                    Files.deleteIfExists(report.rejectedRowsFile());
                }
                if (report.written() && report.batchId() != null) {
                    imports.undo(report.batchId());
                }
                return new Figures(rows, generator.matching(), parseSeconds, insertSeconds, importSeconds,
                        heap.peak(), heap.peakLive(), report.created(), report.skipped(), report.rejected());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Reads every row through the import's file reader and row reader, writing nothing. */
    private double parseAlone(ImportFile file, SheetLayout layout, Map<Integer, ContactField> mapping) {
        long started = System.nanoTime();
        ContactRowReader.RowReading reading = rowReader.start(mapping, Sensitivity.NORMAL);
        int[] valid = new int[1];
        file.spreadsheet().read(layout.sheet(), row -> {
            if (row.number() > layout.headerRowNumber() && reading.read(row).valid()) {
                valid[0]++;
            }
        });
        if (valid[0] == 0) {
            throw new IllegalStateException("No valid row in the generated file");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Writes the same rows' contacts with the bulk writer in batches of {@link ImportRunner#BATCH_ROWS}, timing
     * only the writes, in one transaction that is rolled back.
     */
    private double insertAlone(Generator generator, Map<Integer, ContactField> mapping, SignedInUser me) {
        ContactRowReader.RowReading reading = rowReader.start(mapping, Sensitivity.NORMAL);
        Map<String, Long> organizationIds = organizations.idsByName(List.of(generator.organizations));
        long[] writing = new long[1];
        transaction.executeWithoutResult(tx -> {
            List<ContactSeed> seeds = new ArrayList<>(ImportRunner.BATCH_ROWS);
            for (int i = 0; i < generator.rows; i++) {
                List<String> cells = generator.cells(i);
                ContactDraft draft = reading.read(new SpreadsheetRow(i + 2, cells)).draft();
                if (draft == null) {
                    throw new IllegalStateException("Generated row " + (i + 2) + " is not valid");
                }
                Long organizationId = organizationIds.get(cells.get(4));
                seeds.add(new ContactSeed(draft.withSensitivity(draft.sensitivity(), me.id()),
                        organizationId == null ? List.of()
                                : List.of(new AffiliationDraft(organizationId, null, null, null, true)), null));
                if (seeds.size() == ImportRunner.BATCH_ROWS || i == generator.rows - 1) {
                    long started = System.nanoTime();
                    writer.insert(seeds, me.username());
                    writing[0] += System.nanoTime() - started;
                    seeds.clear();
                }
            }
            tx.setRollbackOnly();
        });
        return writing[0] / 1e9;
    }

    /**
     * Contacts the importer sees whose email the import will match to them: not one whose address another
     * contact, hidden from the importer, also has (that row would be refused as a conflict).
     */
    private List<ContactRow> existingPeople(int wanted) {
        List<ContactRow> people = new ArrayList<>(wanted);
        for (int page = 0; people.size() < wanted; page++) {
            List<ContactRow> pageRows = contacts.rows(ContactFilter.NONE, PageRequest.of(page, 500));
            List<ContactRow> rows = pageRows.stream().filter(row -> row.primaryEmail() != null).toList();
            List<ImportMatch> matches = rows.isEmpty() ? List.of() : contacts.matchForImport(rows.stream()
                    .map(row -> new ImportKey(null, Set.of(String.valueOf(row.primaryEmail())), row.givenName(),
                            row.familyName(), null)).toList());
            for (int i = 0; i < rows.size() && people.size() < wanted; i++) {
                Long matched = matches.get(i).contactId();
                if (matches.get(i).outcome() == ImportMatch.Outcome.MATCH && matched != null
                        && matched == rows.get(i).id()) {
                    people.add(rows.get(i));
                }
            }
            if (pageRows.size() < 500) {
                break;
            }
        }
        return people;
    }

    private String[] organizationNames() {
        return organizations.list(OrganizationFilter.ACTIVE, PageRequest.of(0, 200)).stream()
                .map(OrganizationRow::name).distinct().toArray(String[]::new);
    }

    private String[] tagNames() {
        return contacts.tags("", PageRequest.of(0, 12)).stream().map(TagRow::name).toArray(String[]::new);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the temporary folder is cleaned by the system
        }
    }


    /** The rows of the file, each made from its index alone, so they can be made again without the file. */
    private static final class Generator {

        private final int rows;
        private final List<ContactRow> existing;
        private final String[] organizations;
        private final String[] tags;

        Generator(int rows, List<ContactRow> existing, String[] organizations, String[] tags) {
            if (organizations.length == 0) {
                throw new IllegalStateException("The benchmark needs organisations in the database (demo data)");
            }
            this.rows = rows;
            this.existing = existing;
            this.organizations = organizations;
            this.tags = tags;
        }

        int matching() {
            return Math.min(existing.size(), (rows + MATCH_EVERY - 1) / MATCH_EVERY);
        }

        List<String> cells(int i) {
            String organization = organizations[i % organizations.length];
            String country = COUNTRIES[i % COUNTRIES.length];
            String job = JOBS[i % JOBS.length];
            String tag = tags.length == 0 ? "" : tags.length == 1 ? tags[0]
                    : tags[i % tags.length] + "; " + tags[(i / tags.length + 1) % tags.length];
            String phone = String.format(Locale.ROOT, "+31 70 555 %04d", i % 10_000);
            if (i % MATCH_EVERY == 0 && i / MATCH_EVERY < existing.size()) {
                ContactRow person = existing.get(i / MATCH_EVERY);
                return List.of(person.givenName(), person.familyName(), String.valueOf(person.primaryEmail()),
                        phone, organization, country, job, tag);
            }
            // three indexes into the pools: a different name for every row below 125,000
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i / GIVEN.length) % FAMILY.length] + "-"
                    + FAMILY[(i / (GIVEN.length * FAMILY.length)) % FAMILY.length];
            String email = (ascii(given) + "." + ascii(family) + "." + i + "@import-bench.example")
                    .toLowerCase(Locale.ROOT);
            return List.of(given, family, email, phone, organization, country, job, tag);
        }

        private static String ascii(String text) {
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                    .replaceAll("[^A-Za-z-]", "");
        }

        /** Streams the workbook out, a hundred rows in memory at a time. */
        Path write(Path path) throws IOException {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(path)) {
                Sheet sheet = workbook.createSheet("Contacts");
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    header.createCell(c).setCellValue(HEADERS[c]);
                }
                for (int i = 0; i < rows; i++) {
                    Row row = sheet.createRow(i + 1);
                    List<String> cells = cells(i);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                workbook.write(out);
            }
            return path;
        }
    }
}
