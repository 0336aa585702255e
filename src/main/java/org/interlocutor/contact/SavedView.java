package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's named filter on a list: the query string of {@link ContactQueryString}, under a name. */
@Entity
@Table(name = "saved_view")
class SavedView {

    static final String CONTACTS = "contacts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "list_name", nullable = false)
    private String listName = "";

    @Column(nullable = false)
    private String name = "";

    @Column(name = "filter_query", nullable = false)
    private String filterQuery = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected SavedView() {
        // for JPA
    }

    SavedView(long userId, String listName, String name, String filterQuery, Instant createdAt) {
        this.userId = userId;
        this.listName = listName;
        this.name = name;
        this.filterQuery = filterQuery;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Saved view not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String filterQuery() {
        return filterQuery;
    }

    void replace(String newFilterQuery, Instant at) {
        this.filterQuery = newFilterQuery;
        this.createdAt = at;
    }
}
