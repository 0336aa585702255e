package org.interlocutor.importexport;

import java.io.IOException;
import java.util.List;

/**
 * Where an export's rows go, one at a time, never all in memory. Values are text, numbers, LocalDate (an Excel
 * date), LocalDateTime (an Excel date and time) or null (an empty cell); text is written as text, never a formula.
 */
interface TableSink extends AutoCloseable {

    void header(List<String> names) throws IOException;

    void row(List<?> values) throws IOException;

    /**
     * Completes the file and writes it out: for .xlsx, the autofilter, the widths and a second sheet named
     * {@code aboutSheet} holding {@code aboutLines} (label, value), which a .csv file has no room for.
     */
    void finish(String aboutSheet, List<List<?>> aboutLines) throws IOException;

    @Override
    void close() throws IOException;
}
