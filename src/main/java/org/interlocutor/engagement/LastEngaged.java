package org.interlocutor.engagement;

import java.time.Instant;
import java.util.Map;

/**
 * When contacts, organisations and countries were last engaged, each by its id or country code, as far as the reader
 * may see; one never engaged (in the period asked) is not in its map.
 */
public record LastEngaged(Map<Long, Instant> contacts, Map<Long, Instant> organizations,
                          Map<String, Instant> countries) {
}
