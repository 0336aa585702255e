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
 * {@link Contact} entity's collections. Queries select contact ids straight from them ("c.id in (select
 * contact_id from contact_tag where tag_id = ?)"): going through the contact entity adds a join that makes MariaDB
 * choose a plan twenty times slower.
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
