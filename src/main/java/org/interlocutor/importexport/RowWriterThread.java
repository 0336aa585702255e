package org.interlocutor.importexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes an export's pages on a thread of its own while the caller reads the next page from the database: in a
 * long export reading and writing each take about half the time, and they need not wait for each other. A few
 * pages wait at most, so memory stays flat; a failure on either side stops both.
 *
 * @param <T> what a page holds
 */
final class RowWriterThread<T> implements AutoCloseable {

    /** Pages read but not written yet, at most. */
    private static final int PAGES_WAITING = 3;

    private final BlockingQueue<List<T>> pages = new ArrayBlockingQueue<>(PAGES_WAITING);
    private final List<T> end = List.of();
    private final Thread writer;
    private volatile Throwable failure;

    /** {@code write} is called on the writer thread for each page, in order. */
    RowWriterThread(String name, Consumer<List<T>> write) {
        writer = Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                for (List<T> page = pages.take(); page != end; page = pages.take()) {
                    write.accept(page);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Throwable thrown) {
                failure = thrown;
            }
        });
    }

    /** Hands a page over, waiting while the writer is behind; throws what the writer failed with. */
    void write(List<T> page) {
        try {
            while (!pages.offer(page, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while exporting", interrupted);
        }
        rethrowFailure();
    }

    /** Waits until every page is written; throws what the writer failed with. */
    void finish() {
        write(end);
        try {
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while exporting", interrupted);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new UncheckedIOException(new IOException(thrown));
        }
    }

    /** Stops the writer if it is still running (the export failed while reading). */
    @Override
    public void close() {
        if (writer.isAlive()) {
            writer.interrupt();
            try {
                writer.join(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
