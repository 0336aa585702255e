package org.interlocutor.access;

import java.util.Collection;

/**
 * What one read through one path showed: the NORMAL control (a path that does not show it proves nothing) and the
 * protected record.
 */
record Sighting(boolean control, boolean guarded) {

    /** Ids a path listed. */
    static Sighting among(Collection<Long> listed, long control, long guarded) {
        return new Sighting(listed.contains(control), listed.contains(guarded));
    }

    /** Text a path wrote (an exported file): whether each record's mark is in it. */
    static Sighting inText(String text, String control, String guarded) {
        return new Sighting(text.contains(control), text.contains(guarded));
    }

    /** A count that holds {@code controls} NORMAL records, and one more when the protected record shows. */
    static Sighting counted(long count, long controls) {
        return new Sighting(count >= controls, count > controls);
    }

    /**
     * A count of a list too long to count by hand (every key person in the database, say), set against the whole
     * list read the same way: it counts the protected record when it is larger than the list without it.
     */
    static Sighting countedAgainst(long count, Collection<Long> listed, long control, long guarded) {
        long others = listed.size() - (listed.contains(guarded) ? 1 : 0);
        return new Sighting(listed.contains(control) && count >= others, count > others);
    }
}
