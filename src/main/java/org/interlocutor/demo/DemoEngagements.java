package org.interlocutor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementSeed;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.shared.Sensitivity;

/**
 * Makes plausible, fictional engagements in time order over the past three years: a few people (some contacts are
 * met far more often than others), the officer who logged it, sometimes a colleague, a campaign, an ICC organ, and
 * for about a quarter of them a follow-up (most old ones done, some left overdue).
 */
final class DemoEngagements {

    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final String[] TOPICS = {"field presence", "cooperation and arrest warrants",
            "the rights of the child", "the Independent Expert Review", "the budget of the Court",
            "witness protection", "reparations for victims", "complementarity", "outreach to affected communities",
            "universal ratification", "the Kampala amendments", "the ASP session", "situation completion strategies",
            "sexual and gender-based crimes", "the Trust Fund for Victims", "legal aid", "detention conditions",
            "the election of judges", "non-cooperation findings", "a national implementing law"};
    private static final String[] SENTENCES = {
            "Raised concerns about %s and asked for a written update.",
            "The delegation confirmed support on %s ahead of the Bureau meeting.",
            "Discussed %s; the mission will consult its capital before committing.",
            "Shared our briefing paper on %s and offered a follow-up session.",
            "They asked for examples from other situation countries on %s.",
            "Agreed to co-host a side event on %s at the next Assembly.",
            "Noted reluctance on %s because of budget pressure.",
            "Civil society partners described the local situation regarding %s.",
            "Proposed joint language on %s for the omnibus resolution.",
            "The Registry explained its plans for %s and invited comments."};
    private static final String[] OUTCOMES = {"Support confirmed", "Will consult capital", "Agreed to meet again",
            "Briefing paper requested", "No commitment yet", "Joint statement drafted", "Invitation accepted"};
    private static final String[] CITIES = {"The Hague", "New York", "Geneva", "Brussels", "Nairobi", "Kampala",
            "Bangui", "Abidjan", "Bogotá", "Kinshasa", "Addis Ababa", "Dakar"};

    private final Random random;
    private final List<ParticipantFacts> contacts;
    private final List<Long> officers;
    private final List<Long> campaigns;
    private final List<OrganizationRow> iccOrgans;
    private final Instant start;
    private final double step;
    private final LocalDate today;
    private long index;

    DemoEngagements(long seed, List<ParticipantFacts> contacts, List<Long> officers, List<Long> campaigns,
                    List<OrganizationRow> iccOrgans, Instant now, long existing, long wanted) {
        this.random = new Random(seed);
        this.contacts = contacts;
        this.officers = officers;
        this.campaigns = campaigns;
        this.iccOrgans = iccOrgans;
        this.start = now.minus(SPAN);
        this.step = (double) SPAN.toSeconds() / Math.max(1, wanted);
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.index = existing;
    }

    EngagementSeed next() {
        Instant startedAt = start.plusSeconds((long) (index++ * step));
        EngagementKind kind = kind();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        List<ParticipantFacts> participants = participants();
        long owner = officers.get(random.nextInt(officers.size()));
        List<Long> staff = new ArrayList<>(List.of(owner));
        if (random.nextInt(10) < 3) {
            long colleague = officers.get(random.nextInt(officers.size()));
            if (colleague != owner) {
                staff.add(colleague);
            }
        }
        List<Long> organizations = random.nextInt(10) < 3 && !iccOrgans.isEmpty()
                ? List.of(iccOrgans.get(random.nextInt(iccOrgans.size())).id()) : List.of();
        String notes = String.format(SENTENCES[random.nextInt(SENTENCES.length)], topic)
                + (random.nextBoolean() ? " " + String.format(SENTENCES[random.nextInt(SENTENCES.length)],
                TOPICS[random.nextInt(TOPICS.length)]) : "")
                + (random.nextInt(5) == 0 ? " See note verbale no. " + (1 + random.nextInt(99_999)) + "." : "");
        return new EngagementSeed(kind, startedAt, startedAt.plus(30L + 30L * random.nextInt(4), ChronoUnit.MINUTES),
                place(kind), title(kind, topic), notes,
                random.nextBoolean() ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null,
                random.nextInt(50) == 0 ? Sensitivity.RESTRICTED : Sensitivity.NORMAL, owner, participants,
                organizations, staff, campaigns(), followUps(startedAt, owner, participants, topic));
    }

    private EngagementKind kind() {
        int draw = random.nextInt(100);
        if (draw < 35) {
            return EngagementKind.MEETING;
        }
        if (draw < 55) {
            return EngagementKind.CALL;
        }
        if (draw < 70) {
            return EngagementKind.EMAIL;
        }
        if (draw < 75) {
            return EngagementKind.LETTER;
        }
        if (draw < 82) {
            return EngagementKind.EVENT;
        }
        if (draw < 90) {
            return EngagementKind.BRIEFING;
        }
        return draw < 95 ? EngagementKind.SIDE_EVENT : EngagementKind.FIELD_MISSION;
    }

    /** One to five people; the first contacts are met far more often, as a few key interlocutors are. */
    private List<ParticipantFacts> participants() {
        int wanted = random.nextInt(10) < 5 ? 1 : random.nextInt(10) < 6 ? 2 : 3 + random.nextInt(3);
        Map<Long, ParticipantFacts> chosen = new LinkedHashMap<>();
        for (int i = 0; i < wanted; i++) {
            ParticipantFacts contact = contacts.get((int) (contacts.size() * Math.pow(random.nextDouble(), 2.5)));
            chosen.putIfAbsent(contact.contactId(), contact);
        }
        return List.copyOf(chosen.values());
    }

    private List<Long> campaigns() {
        if (campaigns.isEmpty() || random.nextInt(10) >= 6) {
            return List.of();
        }
        long first = campaigns.get(random.nextInt(campaigns.size()));
        long second = campaigns.get(random.nextInt(campaigns.size()));
        return random.nextInt(6) == 0 && second != first ? List.of(first, second) : List.of(first);
    }

    private List<EngagementSeed.FollowUpSeed> followUps(Instant startedAt, long owner,
                                                        List<ParticipantFacts> participants, String topic) {
        if (random.nextInt(4) != 0) {
            return List.of();
        }
        LocalDate due = LocalDate.ofInstant(startedAt, ZoneOffset.UTC).plusDays(3 + random.nextInt(28));
        FollowUpStatus status = FollowUpStatus.OPEN;
        if (due.isBefore(today.minusDays(14))) {
            int draw = random.nextInt(100);
            status = draw < 97 ? FollowUpStatus.DONE : draw < 99 ? FollowUpStatus.CANCELLED : FollowUpStatus.OPEN;
        }
        return List.of(new EngagementSeed.FollowUpSeed("Send our note on " + topic, owner, due, status,
                Set.of(participants.getFirst().contactId())));
    }

    private String title(EngagementKind kind, String topic) {
        return switch (kind) {
            case MEETING -> "Meeting on " + topic;
            case CALL -> "Call about " + topic;
            case EMAIL -> "Email exchange on " + topic;
            case LETTER -> "Letter on " + topic;
            case EVENT -> "Panel on " + topic;
            case BRIEFING -> "Briefing on " + topic;
            case SIDE_EVENT -> "Side event: " + topic;
            case FIELD_MISSION -> "Field mission: " + topic;
        };
    }

    private String place(EngagementKind kind) {
        return switch (kind) {
            case CALL -> random.nextBoolean() ? "Phone" : "Video call";
            case EMAIL -> "Email";
            case LETTER -> "Post";
            default -> CITIES[random.nextInt(CITIES.length)];
        };
    }
}
