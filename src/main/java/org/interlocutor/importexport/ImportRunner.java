package org.interlocutor.importexport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.AuditBatch;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: reads the sheet row by row, hands the rows to the type's {@link RecordImporter} in batches, and
 * keeps what was written only when the import is not a dry run and no row was rejected (or the person chose to
 * write the valid rows). Everything happens in one transaction, so a cancelled, crashed or refused import leaves
 * nothing half written; the batch's record is kept apart so that it tells what happened either way.
 */
@Component
class ImportRunner {

    /** Rows handed to the importer at a time: one matching query and one multi-row insert per batch. */
    static final int BATCH_ROWS = 1000;

    private final Map<ImportType, RecordImporter> importers = new EnumMap<>(ImportType.class);
    private final ImportBatches batches;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final FieldEncryption encryption;

    ImportRunner(List<RecordImporter> importers, ImportBatches batches, CurrentUser currentUser, JdbcTemplate jdbc,
                 PlatformTransactionManager transactions, MessageSource messages, ApplicationEventPublisher events,
                 FieldEncryption encryption) {
        this.encryption = encryption;
        importers.forEach(importer -> this.importers.put(importer.type(), importer));
        this.batches = batches;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
        this.events = events;
    }

    ImportReport run(ImportFile file, ImportRequest request, ImportProgress progress, Locale locale) {
        RecordImporter importer = importers.get(request.type());
        if (importer == null) {
            throw new IllegalStateException("No importer for " + request.type());
        }
        SignedInUser me = currentUser.require();
        long started = System.nanoTime();
        List<String> header = file.spreadsheet().firstRows(request.sheet(), HeaderRow.ROWS_SEARCHED).stream()
                .filter(row -> row.number() == request.headerRowNumber()).findFirst()
                .map(SpreadsheetRow::cells).orElse(List.of());
        Long batchId = request.dryRun() ? null : batches.start(request, file.fileName(), me);
        Tally tally = new Tally();
        try (RejectedRowsSpool rejected = new RejectedRowsSpool()) {
            ImportStatus status;
            try {
                transaction.executeWithoutResult(tx -> {
                    // the rows' own changes are audited as the batch, in one event: not one per row
                    AuditBatch.run(() -> {
                        ImportJournal journal = new ImportJournal(batchId, jdbc, encryption);
                        RecordImporter.RecordImport run = importer.start(new ImportContext(request, me, journal,
                                locale, messages));
                        List<SpreadsheetRow> pending = new ArrayList<>(BATCH_ROWS);
                        file.spreadsheet().read(request.sheet(), row -> {
                            if (row.number() <= request.headerRowNumber()) {
                                return;
                            }
                            pending.add(row);
                            if (pending.size() == BATCH_ROWS) {
                                process(run, pending, request, tally, rejected, header, locale);
                                progress.rowsDone(tally.rowsRead);
                                if (progress.cancelRequested()) {
                                    throw new Cancelled();
                                }
                            }
                        });
                        process(run, pending, request, tally, rejected, header, locale);
                        progress.rowsDone(tally.rowsRead);
                        journal.flush();
                    });
                    if (request.dryRun() || (tally.rejected > 0 && !request.partial()) || progress.cancelRequested()) {
                        tx.setRollbackOnly();
                    } else if (batchId != null) {
                        // filed in the import's transaction: committed with its rows, or not at all
                        audit(batchId, file, request, tally, ImportStatus.COMPLETED);
                    }
                });
                status = progress.cancelRequested() ? ImportStatus.CANCELLED
                        : tally.rejected > 0 && !request.partial() ? ImportStatus.REJECTED : ImportStatus.COMPLETED;
                if (batchId != null && status != ImportStatus.COMPLETED) {
                    // nothing was kept: the attempt is filed on its own
                    audit(batchId, file, request, tally, status);
                }
            } catch (Cancelled cancelled) {
                status = ImportStatus.CANCELLED;
                if (batchId != null) {
                    audit(batchId, file, request, tally, status);
                }
            } catch (RuntimeException failure) {
                if (batchId != null) {
                    batches.finish(batchId, ImportStatus.FAILED, tally.rowsRead, 0, 0, 0, tally.rejected);
                    audit(batchId, file, request, tally, ImportStatus.FAILED);
                }
                throw failure;
            }
            boolean written = status == ImportStatus.COMPLETED && !request.dryRun();
            if (batchId != null) {
                batches.finish(batchId, status, tally.rowsRead, written ? tally.created : 0,
                        written ? tally.updated : 0, written ? tally.skipped : 0, tally.rejected);
            }
            Path report = rejected.count() == 0 ? null : rejected.writeReport(header,
                    messages.getMessage("importexport.report.row", null, "Row", locale),
                    messages.getMessage("importexport.report.reason", null, "Reason", locale));
            return new ImportReport(batchId, status, request.dryRun(), tally.rowsRead, tally.created, tally.updated,
                    tally.skipped, tally.rejected, tally.outcomes, tally.truncated, report,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The import as the audit trail files it: one event for the whole batch, whatever its size. */
    private void audit(long batchId, ImportFile file, ImportRequest request, Tally tally, ImportStatus status) {
        boolean written = status == ImportStatus.COMPLETED;
        events.publishEvent(Audited.of(AuditAction.IMPORT, RecordTypes.IMPORT, batchId).withDetail(
                request.type().name().toLowerCase(Locale.ROOT) + " from " + file.fileName() + " (sheet "
                        + request.sheet() + ", " + request.mode().name().toLowerCase(Locale.ROOT)
                        + (request.partial() ? ", valid rows only" : "") + "): " + status.name().toLowerCase(Locale.ROOT)
                        + ", " + tally.rowsRead + " rows read, " + (written ? tally.created : 0) + " created, "
                        + (written ? tally.updated : 0) + " updated, " + (written ? tally.skipped : 0) + " skipped, "
                        + tally.rejected + " rejected"));
    }

    private void process(RecordImporter.RecordImport run, List<SpreadsheetRow> rows, ImportRequest request,
                         Tally tally, RejectedRowsSpool rejected, List<String> header, Locale locale) {
        if (rows.isEmpty()) {
            return;
        }
        // all or nothing: after the first rejected row nothing will be kept, so the rest is only checked
        boolean write = tally.rejected == 0 || request.partial();
        List<RowOutcome> outcomes = run.process(List.copyOf(rows), write);
        for (int i = 0; i < outcomes.size(); i++) {
            RowOutcome outcome = outcomes.get(i);
            tally.count(outcome);
            if (outcome.action() == RowAction.REJECT) {
                rejected.add(rows.get(i), reason(outcome, header, locale));
            }
        }
        tally.rowsRead += rows.size();
        rows.clear();
    }

    /** "Email: “x” is not an email address; Country: Unknown country “Atlantis”". */
    private String reason(RowOutcome outcome, List<String> header, Locale locale) {
        return outcome.problems().stream().map(problem -> {
            String message = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
            String column = columnName(problem, header, locale);
            return column == null ? message : column + ": " + message;
        }).collect(Collectors.joining("; "));
    }

    private @Nullable String columnName(CellProblem problem, List<String> header, Locale locale) {
        if (problem.column() >= 0 && problem.column() < header.size() && !header.get(problem.column()).isBlank()) {
            return header.get(problem.column());
        }
        return problem.field() == null ? null
                : messages.getMessage(problem.field().messageKey(), null, problem.field().name(), locale);
    }

    /** The counts so far and the outcomes kept for display. */
    private static final class Tally {

        int rowsRead;
        int created;
        int updated;
        int skipped;
        int rejected;
        final List<RowOutcome> outcomes = new ArrayList<>();
        boolean truncated;
        int createdKept;

        void count(RowOutcome outcome) {
            switch (outcome.action()) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                case SKIP -> skipped++;
                case REJECT -> rejected++;
            }
            // what needs reading (rejected, skipped, updated rows) is kept first; created rows only as a sample
            boolean keep = outcome.action() == RowAction.CREATE ? createdKept < ImportReport.CREATED_KEPT
                    : outcomes.size() < ImportReport.OUTCOMES_KEPT;
            if (keep && outcomes.size() < ImportReport.OUTCOMES_KEPT) {
                outcomes.add(outcome);
                createdKept += outcome.action() == RowAction.CREATE ? 1 : 0;
            } else {
                truncated = true;
            }
        }
    }

    /** Thrown out of the transaction to roll it back when the person cancels. */
    private static final class Cancelled extends RuntimeException {

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
