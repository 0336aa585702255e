package org.interlocutor.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.shared.Sensitivity;

/** Imports a small workbook built in the test, as the wizard does: upload, columns mapped, run. */
final class TestImports {

    private TestImports() {
    }

    /** How to import: the wizard's choices. */
    record Options(DuplicateMode mode, Sensitivity sensitivity, boolean createMissingOrganizations, boolean partial,
                   boolean dryRun) {

        static Options of(DuplicateMode mode) {
            return new Options(mode, Sensitivity.NORMAL, false, false, false);
        }

        Options writingValidRows() {
            return new Options(mode, sensitivity, createMissingOrganizations, true, dryRun);
        }

        Options withSensitivity(Sensitivity chosen) {
            return new Options(mode, chosen, createMissingOrganizations, partial, dryRun);
        }

        Options checkingOnly() {
            return new Options(mode, sensitivity, createMissingOrganizations, partial, true);
        }

        Options creatingMissingOrganizations() {
            return new Options(mode, sensitivity, true, partial, dryRun);
        }
    }

    /**
     * A workbook with a header row naming {@code columns} (by their first usual header) and the rows below, imported
     * with each column mapped to its field.
     */
    static ImportReport run(ImportService imports, Path folder, ImportType type, Options options,
                            List<? extends ImportField> columns, List<List<Object>> rows) throws IOException {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(columns.stream().map(field -> (Object) field.headers().getFirst()).toList());
        sheet.addAll(rows);
        String fileName = type.name().toLowerCase(Locale.ROOT) + System.nanoTime() + ".xlsx";
        Path file = TestFiles.xlsx(folder, fileName, List.of(new TestFiles.SheetContent("Sheet1", sheet)));
        Map<Integer, ImportField> mapping = new HashMap<>();
        for (int column = 0; column < columns.size(); column++) {
            mapping.put(column, columns.get(column));
        }
        try (InputStream in = Files.newInputStream(file); ImportFile upload = imports.open(in, fileName)) {
            SheetLayout layout = imports.layout(upload, "Sheet1", type, Optional.empty());
            ImportRequest request = new ImportRequest(type, "Sheet1", layout.headerRowNumber(), mapping,
                    options.mode(), options.sensitivity(), options.createMissingOrganizations(), options.partial(),
                    options.dryRun());
            return imports.run(upload, request, ImportProgress.NONE, Locale.ENGLISH);
        }
    }
}
