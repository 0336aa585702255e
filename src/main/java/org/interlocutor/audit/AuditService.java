package org.interlocutor.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.audit.RecordVisibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as people read it. Administrators search all of it; anyone reads the history of a record they may
 * see, which the record's own feature decides ({@link RecordVisibility}). The values of a change are shown only to
 * someone who may see its record: an administrator searching the trail sees that a confidential contact changed,
 * and which fields, but not what they now say.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int HISTORY_PAGE = 500;

    private final AuditEvents events;
    private final ApplicationEventPublisher publisher;
    private final Map<String, RecordVisibility> visibilities = new HashMap<>();

    AuditService(AuditEvents events, ApplicationEventPublisher publisher,
                 ObjectProvider<RecordVisibility> visibilities) {
        this.events = events;
        this.publisher = publisher;
        visibilities.orderedStream().forEach(visibility -> this.visibilities.put(visibility.recordType(), visibility));
    }

    /**
     * A page of the events the filter finds, newest first unless the page asks for {@code occurredAt} ascending.
     * Without their values: {@link #find} gives those, when the reader may see the record.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Sort.Order when = pageable.getSort().getOrderFor("occurredAt");
        boolean oldestFirst = when != null && when.isAscending();
        return events.find(filter, pageable.getOffset(), pageable.getPageSize(), oldestFirst).stream()
                .map(AuditEntry::withheld).toList();
    }

    /** One event with the values of its changes, or only their names when the reader may not see its record. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AuditEntry> find(long id) {
        return events.find(id).map(entry -> entry.recordId() == null || mayReadValues(entry) ? shown(entry)
                : entry.withheld());
    }

    /**
     * The events of one record, newest first, for its page: none at all for someone who may not see the record,
     * and for someone who may, the changes as they may read them.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(String recordType, long recordId, Pageable pageable) {
        RecordVisibility visibility = visibilities.get(recordType);
        if (visibility == null || !visibility.canSee(recordId)) {
            return List.of();
        }
        return events.ofRecord(recordType, recordId, pageable.getOffset(), pageable.getPageSize()).stream()
                .map(entry -> entry.withChanges(visibility.visibleChanges(entry.changes()))).toList();
    }

    /**
     * Every event filed about one record, oldest first, with the values of its changes whoever may see the record:
     * for a subject-access request, which must be complete (an administrator's request, itself audited by the
     * feature that makes it).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> everythingAbout(String recordType, long recordId) {
        List<AuditEntry> all = new java.util.ArrayList<>();
        for (long offset = 0; ; offset += HISTORY_PAGE) {
            List<AuditEntry> page = events.ofRecord(recordType, recordId, offset, HISTORY_PAGE);
            all.addAll(page);
            if (page.size() < HISTORY_PAGE) {
                break;
            }
        }
        return all.reversed();
    }

    /** The exports whose file contained this contact (as recorded since exports record their contacts), newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> exportsContaining(long contactId) {
        return events.exportsContaining(contactId);
    }

    /** The contacts an export's file contained, when the export recorded them. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<org.interlocutor.shared.audit.ContactIdSet> exportedContacts(long eventId) {
        return events.exportedContacts(eventId);
    }

    /** Files a refused navigation: a signed-in person asked for a screen their role does not open. */
    @PreAuthorize("isAuthenticated()")
    public void navigationDenied(String path) {
        publisher.publishEvent(Audited.of(AuditAction.ACCESS_DENIED, RecordTypes.SESSION, null)
                .withDetail("screen /" + path));
    }

    /**
     * Record types a feature answers for follow its rule; the others (campaigns, users, countries, imports,
     * exports, sessions) are not need-to-know records and their values are for administrators to read.
     */
    private boolean mayReadValues(AuditEntry entry) {
        RecordVisibility visibility = visibilities.get(entry.recordType());
        return visibility == null || visibility.canSee(entry.recordId());
    }

    private AuditEntry shown(AuditEntry entry) {
        RecordVisibility visibility = visibilities.get(entry.recordType());
        return visibility == null ? entry : entry.withChanges(visibility.visibleChanges(entry.changes()));
    }
}
