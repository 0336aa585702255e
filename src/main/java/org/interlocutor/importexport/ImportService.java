package org.interlocutor.importexport;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.AuditBatch;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing spreadsheets, for the wizard and the command line: open an uploaded file, find its header and guess
 * its columns, check it (a dry run) and import it as one recorded batch, and undo a batch. Officers, managers and
 * administrators import; the author of a batch or an administrator undoes it.
 */
@Service
public class ImportService {

    /** Data rows shown beside the mapping. */
    static final int SAMPLE_ROWS = 5;

    private final SpreadsheetFiles files;
    private final ImportRunner runner;
    private final ImportBatches batches;
    private final SavedMappings mappings;
    private final CurrentUser currentUser;
    private final ImportTemplates templates;
    private final ApplicationEventPublisher events;
    private final Map<RecordType, RecordUndo> undos = new EnumMap<>(RecordType.class);

    ImportService(SpreadsheetFiles files, ImportRunner runner, ImportBatches batches, SavedMappings mappings,
                  CurrentUser currentUser, ImportTemplates templates, List<RecordUndo> undos,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.templates = templates;
        this.files = files;
        this.runner = runner;
        this.batches = batches;
        this.mappings = mappings;
        this.currentUser = currentUser;
        undos.forEach(undo -> this.undos.put(undo.type(), undo));
    }

    /**
     * Checks an upload and keeps a temporary copy to read; the caller closes it. Refuses, with a message the
     * person can act on, anything that is not a readable spreadsheet within the limits.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public ImportFile open(InputStream content, String fileName) {
        return new ImportFile(files.open(content, fileName));
    }

    /**
     * Finds the header row of a sheet and the field of each column: from the saved mapping of that name when
     * given (columns it does not name are not imported, as when it was saved), else guessed from the headers.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public SheetLayout layout(ImportFile file, String sheet, ImportType type, Optional<String> savedMapping) {
        List<SpreadsheetRow> first = file.spreadsheet().firstRows(sheet, HeaderRow.ROWS_SEARCHED + SAMPLE_ROWS);
        HeaderRow header = HeaderRow.find(first);
        Map<String, ImportField> saved = savedMapping.map(name -> mappings.find(type, name)
                .orElseThrow(() -> new UserFacingException("importexport.mapping.not-found", name))).orElse(Map.of());
        Map<Integer, ImportField> mapping = new HashMap<>();
        List<Optional<ImportField>> guessed = ColumnGuesser.guess(type, header.names());
        for (int column = 0; column < header.names().size(); column++) {
            ImportField field = saved.get(ColumnGuesser.normalize(header.names().get(column)));
            if (field == null && saved.isEmpty()) {
                field = guessed.get(column).orElse(null);
            }
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(column, field);
            }
        }
        List<List<String>> sample = new ArrayList<>();
        first.stream().filter(row -> row.number() > header.rowNumber()).limit(SAMPLE_ROWS)
                .forEach(row -> sample.add(row.cells()));
        return new SheetLayout(sheet, header.rowNumber(), header.names(), mapping, sample);
    }

    /**
     * Imports the file, or only checks it when the request is a dry run. Reports every row's outcome; writes
     * nothing unless every row is valid or the person chose to write the valid ones. {@code locale} is the
     * language of the rejected rows' reasons.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public ImportReport run(ImportFile file, ImportRequest request, ImportProgress progress, Locale locale) {
        return runner.run(file, request, progress, locale);
    }

    /**
     * The .xlsx to fill in for an import of that type: every field as a column, headed in the person's language as
     * the import recognises it, an example row, and a sheet saying what each column takes.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public void writeTemplate(ImportType type, Locale locale, java.io.OutputStream out) {
        try {
            templates.write(type, locale, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @PreAuthorize("hasRole('OFFICER')")
    public List<String> savedMappings(ImportType type) {
        return mappings.names(type);
    }

    /** Saves the columns' fields under a name, by their headers, for the next file of the same kind. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void saveMapping(ImportType type, String name, List<String> headers, Map<Integer, ImportField> mapping) {
        if (name.isBlank()) {
            throw new UserFacingException("importexport.mapping.name-required");
        }
        Map<String, ImportField> byHeader = new java.util.LinkedHashMap<>();
        mapping.forEach((column, field) -> {
            if (column < headers.size() && !headers.get(column).isBlank()) {
                byHeader.put(headers.get(column), field);
            }
        });
        mappings.save(type, name, byHeader, currentUser.require().username());
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void deleteMapping(ImportType type, String name) {
        mappings.delete(type, name);
    }

    /** The imports, newest first: all of them for an administrator, one's own for everyone else. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(readOnly = true)
    public Page<ImportBatchRow> batches(Pageable pageable) {
        SignedInUser me = currentUser.require();
        return batches.list(me.role() == Role.ADMIN ? null : me.id(), pageable);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(readOnly = true)
    public Optional<ImportBatchRow> batch(long id) {
        return batches.find(id).filter(this::mayUndoOrSee);
    }

    /** Whether the signed-in person may undo the batch now: its author or an administrator, once, if it wrote. */
    public boolean canUndo(ImportBatchRow batch) {
        return batch.status() == ImportStatus.COMPLETED && mayUndoOrSee(batch);
    }

    /**
     * Takes a completed import back in one transaction: removes what it created, restores what it updated. A
     * contact engaged with since is archived rather than removed.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ImportBatchRow undo(long batchId) {
        ImportBatchRow batch = batches.find(batchId).filter(this::mayUndoOrSee)
                .orElseThrow(() -> new UserFacingException("importexport.undo.not-found"));
        if (!canUndo(batch) || !batches.markUndone(batchId, currentUser.require().username())) {
            throw new UserFacingException("importexport.undo.not-possible");
        }
        Map<RecordType, List<JournalEntry>> byType = new EnumMap<>(RecordType.class);
        for (JournalEntry entry : batches.entries(batchId)) {
            byType.computeIfAbsent(entry.type(), type -> new ArrayList<>()).add(entry);
        }
        // the records' own changes are audited as the undo of the batch, in one event
        AuditBatch.run(() -> {
            for (RecordType type : RecordType.values()) {
                List<JournalEntry> entries = byType.getOrDefault(type, List.of());
                if (!entries.isEmpty()) {
                    RecordUndo undo = undos.get(type);
                    if (undo == null) {
                        throw new IllegalStateException("No undo for " + type);
                    }
                    undo.undo(entries);
                }
            }
        });
        long created = byType.values().stream().flatMap(List::stream).filter(JournalEntry::created).count();
        long updated = byType.values().stream().flatMap(List::stream).filter(entry -> !entry.created()).count();
        events.publishEvent(Audited.of(AuditAction.IMPORT_UNDONE, RecordTypes.IMPORT, batchId).withDetail(
                batch.type().name().toLowerCase(Locale.ROOT) + " from " + batch.fileName() + ": " + created
                        + " records it created removed (or archived when in use), " + updated
                        + " records it updated restored"));
        return batches.find(batchId).orElseThrow();
    }

    private boolean mayUndoOrSee(ImportBatchRow batch) {
        SignedInUser me = currentUser.require();
        return me.role() == Role.ADMIN || batch.authorId() == me.id();
    }
}
