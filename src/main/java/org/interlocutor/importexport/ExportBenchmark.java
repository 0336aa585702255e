package org.interlocutor.importexport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.interlocutor.contact.ContactFilter;
import org.springframework.stereotype.Component;

/**
 * The export benchmark: every contact the signed-in person may see, exported as .xlsx to a temporary file exactly as
 * the contacts list's Export does, timed, with the heap it used (its peak above what was in use when it started).
 */
@Component
public class ExportBenchmark {

    private final ExportService exports;

    ExportBenchmark(ExportService exports) {
        this.exports = exports;
    }

    /**
     * {@code peakHeapBytes}: the most the heap held just before a collection during the export (garbage included,
     * so it follows the heap's size more than the export's needs); {@code peakLiveBytes}: the most that survived a
     * collection; {@code baselineHeapBytes}: what was in use after a collection before the export started.
     */
    public record Figures(long rows, double seconds, long fileBytes, long peakHeapBytes, long peakLiveBytes,
                          long baselineHeapBytes) {

        /** What the export itself kept in memory at most: the live heap above what was there before it. */
        public long exportHeapBytes() {
            return Math.max(0, peakLiveBytes - baselineHeapBytes);
        }
    }

    public Figures measure() {
        Path file = null;
        try {
            file = Files.createTempFile("interlocutor-export-bench-", ".xlsx");
            System.gc();
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long rows;
            long started = System.nanoTime();
            HeapWatch heap = new HeapWatch();
            try (heap; OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                rows = exports.exportContacts(ContactExport.of(ContactFilter.NONE), ExportFormat.XLSX,
                        Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Figures(rows, seconds, Files.size(file), heap.peak(), heap.peakLive(), baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }
}
