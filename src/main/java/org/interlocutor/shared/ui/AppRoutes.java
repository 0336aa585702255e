package org.interlocutor.shared.ui;

/**
 * The addresses of the screens, in one place: views declare their {@code @Route} with these constants, and links
 * between features are built with these methods instead of strings scattered around.
 */
public final class AppRoutes {

    /** The start page, where everyone lands after signing in: the dashboard. */
    public static final String DASHBOARD = "";
    public static final String CONTACTS = "contacts";
    public static final String CONTACT = "contacts/:id";
    public static final String ORGANIZATIONS = "organizations";
    public static final String ORGANIZATION = "organizations/:id";
    public static final String COUNTRIES = "countries";
    public static final String COUNTRY = "countries/:code";
    public static final String CAMPAIGNS = "campaigns";
    public static final String CAMPAIGN = "campaigns/:id";
    public static final String ENGAGEMENTS = "engagements";
    public static final String ENGAGEMENT = "engagements/:id";
    public static final String FOLLOW_UPS = "follow-ups";
    public static final String ACCOUNT = "account";
    public static final String IMPORT = "import";
    public static final String IMPORTS = "imports";
    public static final String RETENTION = "retention";

    private AppRoutes() {
    }

    /** The record id in a route's ":id" parameter; empty when it is missing or not a number (a mistyped address). */
    public static java.util.Optional<Long> id(com.vaadin.flow.router.RouteParameters parameters) {
        try {
            return parameters.get("id").map(Long::parseLong);
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    public static String contact(long id) {
        return "contacts/" + id;
    }

    public static String organization(long id) {
        return "organizations/" + id;
    }

    public static String country(String code) {
        return "countries/" + code;
    }

    public static String campaign(long id) {
        return "campaigns/" + id;
    }

    public static String engagement(long id) {
        return "engagements/" + id;
    }
}
