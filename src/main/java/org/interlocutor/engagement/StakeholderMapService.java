package org.interlocutor.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.contact.ContactPosition;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's stakeholder map: the people its engagements reached, placed by influence and stance as they stood on
 * a date, and marked by how recently they were engaged then. Both need-to-know rules apply: a person the reader may
 * not see is not on the map, and an engagement the reader may not see neither puts a person on it nor makes them
 * recently engaged. Days are UTC days, as engagement times are.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StakeholderMapService {

    /** Points on one map at most: a chart of more would be unreadable, and a list of more unread. */
    public static final int MAX_POINTS = 500;

    private static final Comparator<StakeholderPoint> MOST_RECENT_FIRST = Comparator.comparing(
            StakeholderPoint::lastEngagedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    private static final Comparator<StakeholderPoint> BY_NAME = Comparator.comparing(StakeholderPoint::displayName,
            String.CASE_INSENSITIVE_ORDER).thenComparingLong(StakeholderPoint::contactId);

    private final StakeholderMapQueries queries;
    private final ContactService contacts;
    private final CurrentUser currentUser;
    private final Clock clock;

    StakeholderMapService(StakeholderMapQueries queries, ContactService contacts, CurrentUser currentUser,
                          Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The campaign's map at the end of the day {@code asOf} (today when null; a later day is today's): the contacts
     * who took part in its engagements up to then, entered by then and still active, with their influence and stance
     * of that day and their last engagement up to it. Three queries whatever the campaign's size: its participants
     * with their last engagements, their positions, and the changes of position since the day.
     */
    public StakeholderMap map(long campaignId, @Nullable LocalDate asOf) {
        SignedInUser reader = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf == null || asOf.isAfter(today) ? today : asOf;
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, Optional<Instant>> participants = queries.participantsBefore(campaignId, end, reader);
        List<ContactPosition> positions = participants.isEmpty() ? List.of()
                : contacts.positionsOn(queries.participantBefore(campaignId, end, reader), date);
        List<StakeholderPoint> placed = new ArrayList<>();
        List<StakeholderPoint> notPlaced = new ArrayList<>();
        for (ContactPosition position : positions) {
            Instant last = participants.getOrDefault(position.contactId(), Optional.empty()).orElse(null);
            LocalDate lastDay = last == null ? null : LocalDate.ofInstant(last, ZoneOffset.UTC);
            StakeholderPoint point = new StakeholderPoint(position.contactId(), position.displayName(),
                    position.influence(), position.stance(), lastDay, Recency.of(lastDay, date), position.version());
            (point.influence() == null ? notPlaced : placed).add(point);
        }
        placed.sort(Comparator.comparing(StakeholderPoint::influence, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(MOST_RECENT_FIRST).thenComparing(BY_NAME));
        notPlaced.sort(MOST_RECENT_FIRST.thenComparing(BY_NAME));
        return new StakeholderMap(campaignId, date, date.equals(today), firstOf(placed), placed.size(),
                firstOf(notPlaced), notPlaced.size());
    }

    private static List<StakeholderPoint> firstOf(List<StakeholderPoint> points) {
        return List.copyOf(points.subList(0, Math.min(points.size(), MAX_POINTS)));
    }
}
