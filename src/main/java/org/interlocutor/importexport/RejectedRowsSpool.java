package org.interlocutor.importexport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rejected rows of an import, kept on disk as they come (however many there are, memory stays flat) and
 * written as the .xlsx report at the end.
 */
final class RejectedRowsSpool implements AutoCloseable {

    private final Path spool;
    private final DataOutputStream out;
    private int count;

    RejectedRowsSpool() {
        try {
            spool = Files.createTempFile("interlocutor-rejected-", ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(SpreadsheetRow row, String reason) {
        try {
            out.writeInt(row.number());
            out.writeInt(row.cells().size());
            for (String cell : row.cells()) {
                writeText(cell);
            }
            writeText(reason);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    /** Writes the report to a new temporary .xlsx file, or returns null when no row was rejected. */
    Path writeReport(List<String> header, String rowNumberHeader, String reasonHeader) {
        try {
            out.flush();
            Path report = Files.createTempFile("interlocutor-rejected-", ".xlsx");
            try (OutputStream file = Files.newOutputStream(report);
                 DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool)))) {
                RejectedRowsReport.write(header, () -> new Reader(in), rowNumberHeader, reasonHeader, file);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // the temporary folder is cleaned by the system
        }
    }

    /** Texts longer than writeUTF's 64 KB are written in pieces. */
    private void writeText(String text) throws IOException {
        int pieces = (text.length() + 16_383) / 16_384;
        out.writeInt(pieces);
        for (int i = 0; i < pieces; i++) {
            out.writeUTF(text.substring(i * 16_384, Math.min(text.length(), (i + 1) * 16_384)));
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        int pieces = in.readInt();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(in.readUTF());
        }
        return text.toString();
    }

    private static final class Reader implements Iterator<RejectedRowsReport.Rejected> {

        private final DataInputStream in;
        private RejectedRowsReport.Rejected next;

        Reader(DataInputStream in) {
            this.in = in;
            advance();
        }

        private void advance() {
            try {
                int number = in.readInt();
                int size = in.readInt();
                List<String> cells = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    cells.add(readText(in));
                }
                next = new RejectedRowsReport.Rejected(new SpreadsheetRow(number, cells), readText(in));
            } catch (EOFException end) {
                next = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public RejectedRowsReport.Rejected next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            RejectedRowsReport.Rejected current = next;
            advance();
            return current;
        }
    }
}
