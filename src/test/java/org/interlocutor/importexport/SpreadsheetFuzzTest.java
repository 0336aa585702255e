package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.interlocutor.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;

/**
 * Whatever bytes arrive, as an .xlsx or a .csv upload, reading them either succeeds within the limits or is refused
 * with a {@link UserFacingException}: any other exception, an error (out of memory, stack overflow), a hang beyond
 * the timeout or a temporary copy left behind fails the test.
 *
 * <p>In a normal test run Jazzer replays the files in {@code SpreadsheetFuzzTestInputs/<method>} (test resources):
 * a valid workbook, CSVs of each kind, and hostile files. With {@code JAZZER_FUZZ=1} it fuzzes from them instead
 * (README, Tests); a crashing input found that way is written to that folder and replayed from then on.
 */
class SpreadsheetFuzzTest {

    /** Tight, so that an input cannot take long or much memory without being refused. */
    private static final ImportLimits LIMITS = new ImportLimits(1_000, 50, 5_000, 2L * 1024 * 1024);
    /** One folder for the whole run: the fuzzer reuses the test instance across inputs. */
    private static final Path UPLOADS = createFolder();
    private static final SpreadsheetFiles FILES = new SpreadsheetFiles(LIMITS, UPLOADS);
    /**
     * Per input, not JUnit's {@code @Timeout}: while fuzzing, all inputs run in one invocation of the method, which
     * {@code @Timeout} would limit as a whole.
     */
    private static final Duration HANG = Duration.ofSeconds(10);
    /** POI logs a warning with a stack trace for most damaged files: a fuzzing run would write gigabytes. */
    private static final Logger POI_LOG = (Logger) LoggerFactory.getLogger("org.apache.poi");
    private static @Nullable Level poiLogLevel;

    @BeforeAll
    static void silencePoi() {
        poiLogLevel = POI_LOG.getLevel();
        POI_LOG.setLevel(Level.OFF);
    }

    @FuzzTest(maxDuration = "10m")
    void anyUploadIsReadOrRefusedWithAReason(byte[] upload) {
        assertTimeoutPreemptively(HANG, () -> {
            for (String fileName : List.of("contacts.xlsx", "contacts.csv")) {
                readOrRefuse(upload, fileName);
                assertThat(temporaryCopies()).as("temporary copies left by %s", fileName).isZero();
            }
        });
    }

    private static void readOrRefuse(byte[] upload, String fileName) {
        UploadedSpreadsheet spreadsheet;
        try {
            spreadsheet = FILES.open(new ByteArrayInputStream(upload), fileName);
        } catch (UserFacingException refused) {
            return;
        }
        try (spreadsheet) {
            for (String sheet : spreadsheet.sheetNames()) {
                readSheet(spreadsheet, sheet);
            }
        }
    }

    /** Reads the sheet whole, then as an import starts on it: its first rows, then the header among them. */
    private static void readSheet(UploadedSpreadsheet spreadsheet, String sheet) {
        try {
            int[] rows = {0};
            spreadsheet.read(sheet, row -> {
                assertThat(++rows[0]).isLessThanOrEqualTo(LIMITS.maxRows());
                assertThat(row.cells()).hasSizeLessThanOrEqualTo(LIMITS.maxColumns());
                assertThat(row.cells()).allSatisfy(cell ->
                        assertThat(cell.length()).isLessThanOrEqualTo(LIMITS.maxCellCharacters()));
                assertThat(row.isBlank()).isFalse();
            });
            List<SpreadsheetRow> firstRows = spreadsheet.firstRows(sheet, HeaderRow.ROWS_SEARCHED);
            assertThat(firstRows).hasSizeLessThanOrEqualTo(HeaderRow.ROWS_SEARCHED);
            ColumnGuesser.guess(ImportType.CONTACTS, HeaderRow.find(firstRows).names());
        } catch (UserFacingException refused) {
            // a refusal the person can act on is a correct outcome
        }
    }

    private static long temporaryCopies() {
        try (Stream<Path> copies = Files.list(UPLOADS)) {
            return copies.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("interlocutor-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        POI_LOG.setLevel(poiLogLevel);
        Files.deleteIfExists(UPLOADS);
    }
}
