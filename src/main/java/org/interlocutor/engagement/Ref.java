package org.interlocutor.engagement;

/** Something an engagement row names and may link to: a participant, an organisation, a campaign, a colleague. */
public record Ref(long id, String name) {
}
