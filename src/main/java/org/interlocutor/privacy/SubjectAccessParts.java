package org.interlocutor.privacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.PositionChangeRow;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.Ref;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * Turns what is held on one person into the parts of a subject-access export, the same for the workbook and the
 * JSON document: so that both always hold the same rows. Times are written in {@code zone}.
 */
final class SubjectAccessParts {

    private final ZoneId zone;
    private final List<SubjectAccessPart> parts = new ArrayList<>();

    SubjectAccessParts(ZoneId zone) {
        this.zone = zone;
    }

    List<SubjectAccessPart> parts() {
        return List.copyOf(parts);
    }

    SubjectAccessParts contact(ContactDetails contact) {
        ContactDraft draft = contact.draft();
        add("contact", List.of("id", "honorific", "givenName", "familyName", "jobTitle", "organization", "category",
                        "country", "correspondenceLanguage", "influence", "stance", "sensitivity", "owner",
                        "lawfulBasis", "consentNote", "archived", "lastEngagedOn", "createdAt", "createdBy",
                        "updatedAt", "updatedBy"),
                List.of(row(contact.id(), draft.honorific(), draft.givenName(), draft.familyName(), draft.jobTitle(),
                        contact.organizationName(), draft.category(), draft.countryCode(),
                        draft.correspondenceLanguage(), draft.influence(), draft.stance(), draft.sensitivity(),
                        contact.ownerName(), draft.lawfulBasis(), draft.consentNote(), contact.archived(),
                        contact.lastEngagedOn(), time(contact.createdAt()), contact.createdBy(),
                        time(contact.updatedAt()), contact.updatedBy())));
        add("emails", List.of("email", "label", "primary"), draft.emails().stream()
                .map(email -> row(email.email(), email.label(), email.primary())).toList());
        add("phones", List.of("phone", "label", "primary"), draft.phones().stream()
                .map(phone -> row(phone.phone(), phone.label(), phone.primary())).toList());
        add("languages", List.of("language"), draft.languages().stream().sorted().map(SubjectAccessParts::row)
                .toList());
        add("tags", List.of("tag"), draft.tags().stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .map(SubjectAccessParts::row).toList());
        add("affiliations", List.of("organization", "role", "from", "to", "primary", "current"),
                contact.affiliations().stream().map(affiliation -> row(affiliation.organizationName(),
                        affiliation.role(), affiliation.from(), affiliation.to(), affiliation.primary(),
                        affiliation.current())).toList());
        add("grants", List.of("user", "grantedBy", "grantedAt"), contact.grants().stream()
                .map(grant -> row(grant.displayName(), grant.grantedBy(), time(grant.grantedAt()))).toList());
        return this;
    }

    SubjectAccessParts positions(List<PositionChangeRow> changes) {
        add("positions", List.of("changedAt", "changedBy", "influenceBefore", "stanceBefore", "influenceAfter",
                "stanceAfter"), changes.stream().map(change -> row(time(change.changedAt()), change.changedByName(),
                change.influenceBefore(), change.stanceBefore(), change.influenceAfter(), change.stanceAfter()))
                .toList());
        return this;
    }

    SubjectAccessParts engagements(List<EngagementRow> engagements) {
        add("engagements", List.of("id", "kind", "startedAt", "endedAt", "title", "place", "participants",
                        "organizations", "staff", "campaigns", "sensitivity", "notes", "outcome", "owner", "deleted"),
                engagements.stream().map(engagement -> row(engagement.id(), engagement.kind(),
                        time(engagement.startedAt()), time(engagement.endedAt()), engagement.title(),
                        engagement.place(), names(engagement.participants()), names(engagement.organizations()),
                        names(engagement.staff()), names(engagement.campaigns()), engagement.sensitivity(),
                        engagement.notes(), engagement.outcome(), engagement.ownerName(), engagement.archived()))
                        .toList());
        return this;
    }

    SubjectAccessParts followUps(List<FollowUpRow> followUps) {
        add("followUps", List.of("id", "engagement", "engagementStartedAt", "description", "assignee", "dueOn",
                "status"), followUps.stream().map(followUp -> row(followUp.id(), followUp.engagementTitle()
                        + " [" + followUp.engagementId() + "]", time(followUp.engagementStartedAt()),
                followUp.description(), followUp.assigneeName(), followUp.dueOn(), followUp.status())).toList());
        return this;
    }

    /**
     * The audit trail's events about the person's record, one row per changed field with its values (an event
     * that changed no field, an archiving or a break-glass access, one row); the reads and the exports are parts of
     * their own.
     */
    SubjectAccessParts events(List<AuditEntry> events) {
        List<List<?>> rows = new ArrayList<>();
        for (AuditEntry event : events) {
            if (event.action() == AuditAction.READ || event.action() == AuditAction.EXPORT) {
                continue;
            }
            if (event.changes().isEmpty()) {
                rows.add(row(event.id(), time(event.occurredAt()), event.actor(), event.action(), null, null, null,
                        event.detail()));
            }
            for (FieldChange change : event.changes()) {
                rows.add(row(event.id(), time(event.occurredAt()), event.actor(), event.action(), change.field(),
                        change.before(), change.after(), event.detail()));
            }
        }
        add("events", List.of("eventId", "occurredAt", "actor", "action", "field", "before", "after", "detail"),
                rows);
        add("reads", List.of("eventId", "occurredAt", "actor"), events.stream()
                .filter(event -> event.action() == AuditAction.READ)
                .map(event -> row(event.id(), time(event.occurredAt()), event.actor())).toList());
        return this;
    }

    /** The exports whose file contained the person: who, when, and what (the list, its filter, its rows). */
    SubjectAccessParts exports(List<AuditEntry> exports) {
        add("exports", List.of("eventId", "occurredAt", "actor", "detail"), exports.stream()
                .map(export -> row(export.id(), time(export.occurredAt()), export.actor(), export.detail()))
                .toList());
        return this;
    }

    private void add(String name, List<String> fields, List<? extends List<?>> rows) {
        parts.add(new SubjectAccessPart(name, fields, new ArrayList<List<?>>(rows)));
    }

    private @Nullable LocalDateTime time(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static @Nullable String names(List<Ref> refs) {
        return refs.isEmpty() ? null : refs.stream().map(ref -> ref.name() + " [" + ref.id() + "]")
                .collect(Collectors.joining("; "));
    }

    /** A row that may hold nulls (an empty cell), which {@link List#of} refuses. */
    private static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }
}
