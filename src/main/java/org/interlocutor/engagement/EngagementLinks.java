package org.interlocutor.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.interlocutor.shared.Sensitivity;

/**
 * Read-only views of the tables queries test directly: the keys engagements are found by, who may read them,
 * who took part. Written through {@link Engagement}'s collections and {@link EngagementKeyWriter}.
 */
final class EngagementLinks {

    private EngagementLinks() {
    }

    @Entity(name = "EngagementKeyRow")
    @Immutable
    @Table(name = "engagement_key")
    @IdClass(KeyId.class)
    static class Key {
        @Id
        @Column(name = "lookup")
        private String lookup = "";

        @Id
        @Column(name = "started_at")
        private Instant startedAt = Instant.EPOCH;

        @Id
        @Column(name = "engagement_id")
        private long engagementId;

        @Enumerated(EnumType.STRING)
        private Sensitivity sensitivity = Sensitivity.NORMAL;

        @Column(name = "owner_id")
        private long ownerId;
    }

    record KeyId(String lookup, Instant startedAt, long engagementId) implements Serializable {
    }

    @Entity(name = "EngagementAccessLink")
    @Immutable
    @Table(name = "engagement_access")
    @IdClass(AccessId.class)
    static class Access {
        @Id
        @Column(name = "engagement_id")
        private long engagementId;

        @Id
        @Column(name = "user_id")
        private long userId;
    }

    record AccessId(long engagementId, long userId) implements Serializable {
    }

    @Entity(name = "EngagementParticipantLink")
    @Immutable
    @Table(name = "engagement_participant")
    @IdClass(ParticipantId.class)
    static class Participant {
        @Id
        @Column(name = "engagement_id")
        private long engagementId;

        @Id
        @Column(name = "contact_id")
        private long contactId;
    }

    record ParticipantId(long engagementId, long contactId) implements Serializable {
    }
}
