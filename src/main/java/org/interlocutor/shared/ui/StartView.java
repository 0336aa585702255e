package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The address everyone lands on after sign-in. It shows nothing itself: it opens the first screen of the
 * navigation that the person may use, or their account when the navigation offers them nothing yet.
 */
@Route("")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        event.forwardTo(entries.isEmpty() ? AppRoutes.ACCOUNT : entries.getFirst().path());
    }
}
