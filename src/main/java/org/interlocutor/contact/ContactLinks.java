package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * Read-only views of the tables that link contacts to search words, tags and grants, written through the
 * {@link Contact} entity's collections. Queries test them directly ("exists (select 1 from contact_tag t where
 * t.contact_id = c.id and t.tag_id = ?)"): going through the contact entity adds a join that made MariaDB choose a
 * plan twenty times slower, and H2 answers such correlated EXISTS from the index where it is slow with IN.
 */
final class ContactLinks {

    private ContactLinks() {
    }

    @Entity
    @Immutable
    @Table(name = "contact_search_token")
    @IdClass(SearchTokenKey.class)
    static class SearchToken {
        @Id
        @Column(name = "contact_id")
        private long contactId;

        @Id
        @Column(name = "token")
        private String token = "";
    }

    @Entity
    @Immutable
    @Table(name = "contact_tag")
    @IdClass(TagLinkKey.class)
    static class TagLink {
        @Id
        @Column(name = "contact_id")
        private long contactId;

        @Id
        @Column(name = "tag_id")
        private long tagId;
    }

    @Entity
    @Immutable
    @Table(name = "contact_grant")
    @IdClass(GrantLinkKey.class)
    static class GrantLink {
        @Id
        @Column(name = "contact_id")
        private long contactId;

        @Id
        @Column(name = "user_id")
        private long userId;
    }

    record SearchTokenKey(long contactId, String token) implements Serializable {
    }

    record TagLinkKey(long contactId, long tagId) implements Serializable {
    }

    record GrantLinkKey(long contactId, long userId) implements Serializable {
    }
}
