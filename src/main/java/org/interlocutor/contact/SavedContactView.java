package org.interlocutor.contact;

/** A saved contacts view as the person's menu lists it. */
public record SavedContactView(long id, String name, String queryString) {
}
