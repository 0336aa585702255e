package org.interlocutor.importexport;

import java.util.List;
import java.util.Map;

/**
 * A sheet as found: the row that names the columns, the names, the field guessed (or taken from a saved mapping)
 * for each column, and the first data rows to show beside them.
 */
public record SheetLayout(String sheet, int headerRowNumber, List<String> headers, Map<Integer, ImportField> mapping,
                          List<List<String>> sampleRows) {

    public SheetLayout {
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
        sampleRows = List.copyOf(sampleRows);
    }
}
