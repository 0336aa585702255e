package org.interlocutor.access;

import static org.interlocutor.access.Guarded.CONTACT;
import static org.interlocutor.access.Guarded.CONTACT_IN_ITS_ENGAGEMENT;
import static org.interlocutor.access.Guarded.ENGAGEMENT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interlocutor.ViewTest;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.AppRoutes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The access matrix through the address of a record's page, opened as each reader on the screen itself (Vaadin's
 * browserless testing): a protected contact's or meeting's page that the reader may not see must read exactly as
 * the page of a record that does not exist (same title, same words), and a meeting's page never names a protected
 * person the reader may not see. Tagged {@code db} as well, so that CI runs it on MariaDB too.
 */
@ViewTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordPageAccessTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    private final Map<Sensitivity, AccessScene> scenes = new EnumMap<>(Sensitivity.class);

    /** A page as its reader gets it: the browser tab's title and every word on it. */
    private record Page(String title, String text) {
    }

    @BeforeAll
    void makeTheScenes() {
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        AccessServices services = AccessServices.of(context);
        for (Sensitivity sensitivity : List.of(Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL)) {
            scenes.put(sensitivity, AccessScene.build(sensitivity, "url", services));
        }
    }

    private List<ReadPath> pages() {
        return List.of(
                ReadPath.of("the address of a contact's page", CONTACT, s -> new Sighting(
                        shows(open(AppRoutes.contact(s.control.id())), s.control.displayName()),
                        shows(open(AppRoutes.contact(s.guarded.id())), open(AppRoutes.contact(Long.MAX_VALUE)),
                                s.guarded.displayName()))),
                ReadPath.of("the address of an engagement's page", ENGAGEMENT, s -> new Sighting(
                        shows(open(AppRoutes.engagement(s.controlMeeting.id())), s.controlMeeting.title()),
                        shows(open(AppRoutes.engagement(s.guardedMeeting.id())),
                                open(AppRoutes.engagement(Long.MAX_VALUE)), s.guardedMeeting.title()))),
                ReadPath.of("the participants on an engagement's page", CONTACT_IN_ITS_ENGAGEMENT, s -> new Sighting(
                        shows(open(AppRoutes.engagement(s.controlMeeting.id())), s.control.displayName()),
                        shows(open(AppRoutes.engagement(s.guardedMeeting.id())), s.guarded.displayName()))));
    }

    Stream<AccessCell> cells() {
        return AccessCell.all(scenes.keySet(), pages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void aProtectedRecordsPageOpensOnlyForWhoMaySeeItAndReadsAsMissingForEveryoneElse(AccessCell cell) {
        cell.check(scenes.get(cell.sensitivity()));
    }

    private Page open(String route) {
        UI.getCurrent().navigate(route);
        String title = getCurrentView() instanceof HasDynamicTitle page ? page.getPageTitle() : "";
        return new Page(title, getCurrentView().getElement().getTextRecursively());
    }

    private static boolean shows(Page page, String name) {
        return page.text().contains(name);
    }

    /**
     * Whether the page shows the record; when it does not, it must be the very page of a record that does not
     * exist, word for word.
     */
    private static boolean shows(Page page, Page missing, String name) {
        if (page.text().contains(name)) {
            return true;
        }
        if (!page.equals(missing)) {
            throw new AssertionError("a page that does not show its record must read as a missing one: " + page
                    + " against " + missing);
        }
        return false;
    }
}
