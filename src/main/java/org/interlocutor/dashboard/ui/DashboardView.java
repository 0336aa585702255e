package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.interlocutor.country.CountryService;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.shared.ui.AppRoutes;

/**
 * The start page: one card per figure, each counting only what the reader may see. Officers see their follow-ups
 * due; managers and administrators also see their colleagues' overdue follow-ups.
 */
@Route(AppRoutes.DASHBOARD)
@PermitAll
@Menu(title = "menu.dashboard", order = 0, icon = "vaadin:dashboard")
@StyleSheet("styles/dashboard.css")
class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient DashboardService dashboard;
    private final transient CountryService countries;
    private final transient AuthenticationContext authentication;

    DashboardView(DashboardService dashboard, CountryService countries, AuthenticationContext authentication) {
        this.dashboard = dashboard;
        this.countries = countries;
        this.authentication = authentication;
        addClassNames("view", "dashboard-view");
    }

    /** The figures are read on each visit: opening the dashboard again from the menu shows them anew. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        java.util.List<org.interlocutor.shared.BreakGlassNotice> brokenGlass = dashboard.breakGlassOnMine();
        if (!brokenGlass.isEmpty()) {
            add(new BreakGlassCard(brokenGlass));
        }
        Div numbers = new Div();
        numbers.addClassName("dashboard-numbers");
        // follow-ups are held by officers and above: a viewer has none to chase
        if (authentication.hasRole("OFFICER")) {
            numbers.add(new FollowUpsCard(dashboard.myFollowUps()));
        }
        numbers.add(new MonthCard(dashboard.engagementsThisMonth()));
        add(numbers, new CoverageCard(dashboard), new GoingColdCard(dashboard, countries),
                new MonthlyCard(dashboard));
        if (authentication.hasRole("MANAGER")) {
            add(new OverdueByOfficerCard(dashboard.overdueByOfficer()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
