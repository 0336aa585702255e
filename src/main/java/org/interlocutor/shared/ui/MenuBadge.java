package org.interlocutor.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.OptionalLong;

/**
 * A number shown beside a navigation entry (overdue follow-ups), contributed by the feature that owns the screen.
 * Implementations are Spring beans; the layout asks again after each navigation, and when a screen calls
 * {@link #refreshShown()} after a change that did not navigate.
 */
public interface MenuBadge {

    /** The route path of the navigation entry, as in {@link AppRoutes}. */
    String path();

    /** What to show for the signed-in person; empty shows nothing. */
    OptionalLong count();

    /** The accessible description of the number, e.g. "3 overdue". */
    String describe(long count);

    /** Asks the layout of the current screen to show every badge's number again (a follow-up was just closed). */
    static void refreshShown() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    /** Fired on the UI by {@link #refreshShown()}; the layout listens to it. */
    final class Changed extends ComponentEvent<UI> {

        Changed(UI ui) {
            super(ui, false);
        }
    }
}
