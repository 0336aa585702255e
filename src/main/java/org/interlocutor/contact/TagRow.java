package org.interlocutor.contact;

/** A tag, for pickers and filters. */
public record TagRow(long id, String name) {
}
