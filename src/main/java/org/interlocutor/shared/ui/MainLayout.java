package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserProfiles;
import org.interlocutor.shared.UserProfiles.UserProfile;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every screen: the navigation drawer, built from the {@code @Menu} entries the signed-in person
 * may open, and the header with the current screen's title and the person's menu (account, language, sign out).
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {


    private final transient AuthenticationContext authentication;
    private final transient UserProfiles profiles;
    private final transient List<MenuBadge> badges;
    private final Map<String, SideNavItem> itemsByPath = new HashMap<>();
    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authentication, UserProfiles profiles, ObjectProvider<LayoutAction> actions,
               ObjectProvider<MenuBadge> badges) {
        this.authentication = authentication;
        this.profiles = profiles;
        this.badges = badges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, viewTitle, spacer);
        actions.orderedStream()
                .sorted(Comparator.comparingInt(LayoutAction::order))
                .forEach(action -> addToNavbar(action.create()));
        addToNavbar(userMenu());
        addToDrawer(brand(), new Scroller(sideNav()));
        addAttachListener(attach -> {
            var registration = ComponentUtil.addListener(attach.getUI(), MenuBadge.Changed.class,
                    changed -> refreshBadges());
            addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        brand.add(name, tagline);
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String label = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(label, entry.path())
                    : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
            itemsByPath.put(entry.path().replaceFirst("^/", ""), item);
        }
        return nav;
    }

    private Component userMenu() {
        String username = authentication.getPrincipalName().orElse("");
        UserProfile profile = profiles.profile(username)
                .orElse(new UserProfile(username, username, "", Language.ENGLISH, false));

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(profile.displayName());
        avatar.addClassName("user-avatar");
        Div who = new Div(avatar, new Span(profile.displayName()));
        who.addClassName("user-menu-button");
        MenuItem root = menu.addItem(who);
        root.setAriaLabel(getTranslation("shell.user-menu", profile.displayName()));
        SubMenu items = root.getSubMenu();
        MenuItem signedInAs = items.addItem(getTranslation("shell.signed-in-as", username,
                profile.roleKey().isEmpty() ? "" : getTranslation(profile.roleKey())));
        signedInAs.setEnabled(false);
        items.addItem(getTranslation("shell.my-account"), click -> getUI().ifPresent(ui -> ui.navigate(AppRoutes.ACCOUNT)));
        SubMenu languages = items.addItem(getTranslation("shell.language")).getSubMenu();
        for (Language language : Language.values()) {
            MenuItem item = languages.addItem(getTranslation(language.messageKey()),
                    click -> LanguageChoice.switchTo(language, username, profiles));
            item.setCheckable(true);
            item.setChecked(language.locale().getLanguage().equals(getLocale().getLanguage()));
        }
        items.addItem(getTranslation("shell.sign-out"), click -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        HasElement content = getContent();
        String title = content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        viewTitle.setText(title);
        refreshBadges();
    }

    /** Puts each badge's current number beside its navigation entry, or removes it when there is none. */
    private void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = itemsByPath.get(badge.path());
            if (item == null) {
                continue;
            }
            OptionalLong count = badge.count();
            if (count.isPresent() && count.getAsLong() > 0) {
                Span number = new Span(String.valueOf(count.getAsLong()));
                number.addClassName("nav-badge");
                number.getElement().setAttribute("aria-label", badge.describe(count.getAsLong()));
                number.getElement().setAttribute("title", badge.describe(count.getAsLong()));
                item.setSuffixComponent(number);
            } else {
                item.setSuffixComponent(null);
            }
        }
    }
}
