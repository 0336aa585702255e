package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252 and breaks every
 * accent), comma-separated, fields quoted when needed, dates as yyyy-mm-dd, and text that could pass for a formula
 * neutralised with a leading apostrophe.
 */
final class CsvTableSink implements TableSink {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableSink(OutputStream out) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
    }

    @Override
    public void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(switch (value) {
                case null -> "";
                case LocalDate day -> day.toString();
                case LocalDateTime time -> time.format(DATE_TIME);
                case Number number -> number.toString();
                default -> FormulaSafety.neutralised(value.toString());
            });
        }
        printer.printRecord(cells);
    }

    @Override
    public void finish(String aboutSheet, List<List<?>> aboutLines) throws IOException {
        printer.flush();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
