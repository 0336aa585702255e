package org.interlocutor.engagement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactService;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.audit.RecordVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engagements' need-to-know rule, as the audit trail asks it before showing an engagement's history. A
 * colleague who was at a meeting with a confidential defender sees the meeting's history without learning the
 * defender: participants they may not see are left out of the recorded values, as the engagement's page leaves them
 * out.
 */
@Component
class EngagementRecordVisibility implements RecordVisibility {

    private final EngagementService engagements;
    private final ContactService contacts;

    EngagementRecordVisibility(EngagementService engagements, ContactService contacts) {
        this.engagements = engagements;
        this.contacts = contacts;
    }

    @Override
    public String recordType() {
        return RecordTypes.ENGAGEMENT;
    }

    @Override
    public boolean canSee(long recordId) {
        return engagements.canSee(recordId);
    }

    @Override
    public List<FieldChange> visibleChanges(List<FieldChange> changes) {
        return withVisibleContacts(changes, Engagement.PARTICIPANTS, contacts);
    }

    /**
     * The changes with the contact ids of {@code field} narrowed to the contacts the reader may see; a change that
     * is no change once narrowed is left out.
     */
    static List<FieldChange> withVisibleContacts(List<FieldChange> changes, String field, ContactService contacts) {
        Set<Long> ids = changes.stream().filter(change -> change.field().equals(field))
                .flatMap(change -> java.util.stream.Stream.of(change.before(), change.after()))
                .flatMap(value -> ids(value).stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return changes;
        }
        Set<Long> visible = contacts.namesOf(ids).keySet();
        return changes.stream()
                .map(change -> change.field().equals(field) ? new FieldChange(field,
                        only(change.before(), visible), only(change.after(), visible)) : change)
                .filter(change -> !change.field().equals(field) || !Objects.equals(change.before(), change.after()))
                .toList();
    }

    private static List<Long> ids(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",\\s*")).map(String::strip).filter(id -> id.matches("\\d+"))
                .map(Long::parseLong).toList();
    }

    private static @Nullable String only(@Nullable String value, Set<Long> visible) {
        List<String> kept = ids(value).stream().filter(visible::contains).map(String::valueOf).toList();
        return kept.isEmpty() ? null : String.join(", ", kept);
    }
}
