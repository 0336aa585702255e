package org.interlocutor.importexport;

import java.util.List;

/**
 * One sheet of a workbook written from rows already gathered ({@link ExportService#writeTables}): its name, its
 * header and its rows, each value text, a number, a LocalDate, a LocalDateTime, a Boolean or null.
 */
public record SheetTable(String name, List<String> headers, List<List<?>> rows) {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
