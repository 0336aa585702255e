package org.interlocutor.engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.InvalidFieldException;
import org.springframework.stereotype.Component;

/** Turns follow-ups already found for a reader into rows: engagement title, assignee, the people it concerns. */
@Component
class FollowUpRows {

    private final EngagementRepository engagements;
    private final ContactService contacts;
    private final StaffDirectory staff;

    FollowUpRows(EngagementRepository engagements, ContactService contacts, StaffDirectory staff) {
        this.engagements = engagements;
        this.contacts = contacts;
        this.staff = staff;
    }

    List<FollowUpRow> rows(List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return List.of();
        }
        Map<Long, Engagement> engagementsById = engagements.findAllById(followUps.stream()
                        .map(FollowUp::engagementId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Engagement::id, Function.identity()));
        Map<Long, StaffMember> assignees = staff.byIds(followUps.stream().map(FollowUp::assigneeId)
                .collect(Collectors.toSet()));
        Map<Long, String> people = contacts.namesOf(followUps.stream()
                .flatMap(followUp -> followUp.contactIds().stream()).collect(Collectors.toSet()));
        return followUps.stream().map(followUp -> {
            Engagement engagement = engagementsById.get(followUp.engagementId());
            StaffMember assignee = assignees.get(followUp.assigneeId());
            List<Ref> concerned = followUp.contactIds().stream().filter(people::containsKey)
                    .map(id -> new Ref(id, people.get(id)))
                    .sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER)).toList();
            return new FollowUpRow(followUp.id(), followUp.engagementId(), engagement.title(),
                    engagement.startedAt(), followUp.description(), followUp.assigneeId(),
                    assignee == null ? "" : assignee.displayName(), followUp.dueOn(), followUp.status(), concerned,
                    followUp.version());
        }).toList();
    }

    /** Follow-ups go to active colleagues who may be given work: officers and above. */
    void checkAssignee(long userId) {
        StaffMember assignee = staff.find(userId).filter(StaffMember::enabled)
                .orElseThrow(() -> new InvalidFieldException("assignee", "engagement.error.unknown-user"));
        if (!assignee.role().includes(org.interlocutor.security.Role.OFFICER)) {
            throw new InvalidFieldException("assignee", "follow-up.error.assignee-cannot-act");
        }
    }
}
