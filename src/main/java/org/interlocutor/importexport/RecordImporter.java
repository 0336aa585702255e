package org.interlocutor.importexport;

import java.util.List;

/**
 * Imports the rows of one {@link ImportType}. {@link #start} is called once per import, in its transaction; the
 * rows then come in batches, in file order.
 */
interface RecordImporter {

    ImportType type();

    RecordImport start(ImportContext context);

    /** One import under way: what is looked up once, and what the rows before have created. */
    interface RecordImport {

        /**
         * Reads, checks and matches a batch of rows and, when {@code write}, writes them; one outcome per row, in
         * order. When not writing (a dry run after the first rejected row, all or nothing), the outcomes say what
         * would have been done.
         */
        List<RowOutcome> process(List<SpreadsheetRow> rows, boolean write);
    }
}
