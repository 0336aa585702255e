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

    /** {@code extraHeapBytes}: the most the heap held during the export above what it held after a collection before. */
    public record Figures(long rows, double seconds, long fileBytes, long peakHeapBytes, long baselineHeapBytes) {

        public long extraHeapBytes() {
            return Math.max(0, peakHeapBytes - baselineHeapBytes);
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
            return new Figures(rows, seconds, Files.size(file), heap.peak(), baseline);
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
