package org.interlocutor.audit;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.AuditBatch;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.ContactIdSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only code that writes the audit trail, and it only ever inserts. A change's event is written in the
 * publisher's own transaction, so that a change and its event are committed together or not at all (a rolled-back
 * change leaves no event). What happened whatever becomes of the transaction around it (a read, an export, a
 * sign-in, a refusal, which rolls back what it interrupted) is written in a transaction of its own, as is every
 * event published outside a transaction or inside a read-only one (MySQL refuses writes there).
 */
@Component
class AuditWriter {

    static final String INSERT = """
            insert into audit_event (occurred_at, actor_id, actor_username, action, record_type, record_id, changes,
                detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_EXPORTED =
            "insert into audit_export_contact (audit_event_id, contact_count, contact_ids) values (?, ?, ?)";

    /** Facts rather than changes: kept even when the work around them is rolled back. */
    private static final Set<AuditAction> FACTS = EnumSet.of(AuditAction.READ, AuditAction.EXPORT,
            AuditAction.BREAK_GLASS, AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_OUT,
            AuditAction.ACCESS_DENIED);
    private static final int USERNAME_LENGTH = 100;
    private static final int TYPE_LENGTH = 32;
    private static final int DETAIL_LENGTH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every event a feature publishes, except those of work audited as a whole (an import's rows, demo data). */
    @EventListener
    void on(Audited event) {
        if (!AuditBatch.active()) {
            write(event, currentUser.get().orElse(null));
        }
    }

    /**
     * Writes the event as done by {@code signedIn} (or, when the event names its actor, by that name: with
     * {@code signedIn}'s account id when it is theirs).
     */
    void write(Audited event, @Nullable SignedInUser signedIn) {
        String actor = event.actor() != null ? event.actor() : signedIn == null ? null : signedIn.username();
        Long actorId = signedIn != null && Objects.equals(signedIn.username(), actor) ? signedIn.id() : null;
        Object[] row = {LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
                actorId, cut(actor, USERNAME_LENGTH), event.action().name(),
                Objects.requireNonNull(cut(event.recordType(), TYPE_LENGTH)), event.recordId(),
                ChangesJson.write(event.changes()), cut(event.detail(), DETAIL_LENGTH)};
        if (needsOwnTransaction(event.action())) {
            ownTransaction.executeWithoutResult(status -> insert(row, event.exportedContacts()));
        } else {
            insert(row, event.exportedContacts());
        }
    }

    /** The event, and beside it the contacts an export's file contained. */
    private void insert(Object[] row, @Nullable ContactIdSet exportedContacts) {
        if (exportedContacts == null) {
            jdbc.update(INSERT, row);
            return;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            for (int index = 0; index < row.length; index++) {
                statement.setObject(index + 1, row[index]);
            }
            return statement;
        }, key);
        // H2 may hand back every column of the new row: the id is the one named so
        Map<String, Object> keys = key.getKeyList().getFirst();
        Object id = keys.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("id")
                        || entry.getKey().equalsIgnoreCase("GENERATED_KEY")).map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> keys.values().iterator().next());
        jdbc.update(INSERT_EXPORTED, ((Number) id).longValue(), exportedContacts.count(),
                exportedContacts.compressed());
    }

    private static boolean needsOwnTransaction(AuditAction action) {
        return FACTS.contains(action) || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
