package org.interlocutor.shared.ui;

import java.util.OptionalLong;

/**
 * A number shown beside a navigation entry (overdue follow-ups), contributed by the feature that owns the screen.
 * Implementations are Spring beans; the layout asks again after each navigation.
 */
public interface MenuBadge {

    /** The route path of the navigation entry, as in {@link AppRoutes}. */
    String path();

    /** What to show for the signed-in person; empty shows nothing. */
    OptionalLong count();

    /** The accessible description of the number, e.g. "3 overdue". */
    String describe(long count);
}
