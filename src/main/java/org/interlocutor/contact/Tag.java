package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A free label on contacts ("ASP24 side event", "francophone"). Unique ignoring case. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name = "";

    @Column(name = "name_key", nullable = false)
    private String nameKey = "";

    protected Tag() {
        // for JPA
    }

    Tag(String name) {
        this.name = name.strip();
        this.nameKey = key(name);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Tag not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }
}
