package org.interlocutor.importexport;

import java.util.Map;
import org.interlocutor.shared.Sensitivity;

/**
 * What to import and how: the sheet and its header row, the field of each mapped column (0-based), what to do
 * with rows that match an existing record, the sensitivity of the records created, whether organisations named
 * but not found are created, whether the valid rows are written when others are rejected ({@code partial}), and
 * whether this is only a dry run (everything is checked and counted, nothing is kept).
 */
public record ImportRequest(ImportType type, String sheet, int headerRowNumber, Map<Integer, ImportField> mapping,
                            DuplicateMode mode, Sensitivity sensitivity, boolean createMissingOrganizations,
                            boolean partial, boolean dryRun) {

    public ImportRequest {
        mapping = Map.copyOf(mapping);
        java.util.Set<ImportField> mapped = new java.util.HashSet<>();
        for (ImportField field : mapping.values()) {
            if (!type.fields().contains(field)) {
                throw new IllegalArgumentException(field + " is not a field of " + type);
            }
            if (!mapped.add(field)) {
                throw new org.interlocutor.shared.UserFacingException("importexport.mapping.field-twice");
            }
        }
    }

    public ImportRequest asDryRun(boolean dry) {
        return new ImportRequest(type, sheet, headerRowNumber, mapping, mode, sensitivity, createMissingOrganizations,
                partial, dry);
    }
}
