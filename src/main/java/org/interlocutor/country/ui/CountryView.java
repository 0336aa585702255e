package org.interlocutor.country.ui;

import org.interlocutor.shared.ui.Breadcrumb;
import org.interlocutor.shared.ui.Definitions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * One state: its names, codes, UN regional group and Rome Statute record, and what other features add to the page
 * (the organisations and people based there). Administrators correct the reference data.
 */
@Route(AppRoutes.COUNTRY)
@PermitAll
@StyleSheet("styles/places.css")
class CountryView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CountryService countries;
    private final transient PageSections pageSections;
    private final transient AuthenticationContext authentication;

    private @Nullable CountryRow country;
    private String requestedCode = "";

    CountryView(CountryService countries, PageSections pageSections, AuthenticationContext authentication) {
        this.countries = countries;
        this.pageSections = pageSections;
        this.authentication = authentication;
        addClassNames("view", "record-view", "country-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestedCode = event.getRouteParameters().get("code").orElse("");
        reload();
    }

    private void reload() {
        show(requestedCode.isBlank() ? null : countries.find(requestedCode).orElse(null));
    }

    private void show(@Nullable CountryRow row) {
        country = row;
        removeAll();
        if (row == null) {
            add(notFound());
            return;
        }
        Div cards = new Div(romeStatute(row), referenceData(row));
        cards.addClassName("card-row");
        add(breadcrumb(row), header(row), cards);
        pageSections.create(PageSection.Page.COUNTRY, row.code()).forEach(this::add);
    }

    private Component notFound() {
        Section card = new Section();
        card.addClassNames("card", "record-not-found");
        card.add(new H2(getTranslation("country.not-found.title")),
                new Paragraph(getTranslation("country.not-found.text", requestedCode)),
                new Anchor(AppRoutes.COUNTRIES, getTranslation("country.back-to-list")));
        return card;
    }

    private Component breadcrumb(CountryRow row) {
        return new Breadcrumb(getTranslation("country.breadcrumb"), AppRoutes.COUNTRIES,
                getTranslation("countries.title")).current(row.name(getLocale()));
    }

    private Component header(CountryRow row) {
        Div title = new Div(new H2(row.name(getLocale())), RomeStatusPill.of(row.romeStatus()));
        title.addClassName("record-title-line");
        String otherName = "fr".equals(getLocale().getLanguage()) ? row.nameEn() : row.nameFr();
        StringBuilder subtitle = new StringBuilder();
        if (!otherName.equals(row.name(getLocale()))) {
            subtitle.append(otherName).append(" · ");
        }
        subtitle.append(row.code());
        if (row.regionalGroup() != null) {
            subtitle.append(" · ").append(UiTexts.label(row.regionalGroup()));
        }
        Div subtitleLine = new Div(subtitle.toString());
        subtitleLine.addClassName("record-subtitle");
        Div heading = new Div(title, subtitleLine);
        heading.addClassName("record-heading");
        Div header = new Div(heading);
        header.addClassName("record-header");
        if (authentication.hasRole("ADMIN")) {
            Button edit = new Button(getTranslation("country.edit"), VaadinIcon.EDIT.create(),
                    click -> openEditDialog(row));
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            edit.addClassName("edit-country");
            Div actions = new Div(edit);
            actions.addClassName("record-actions");
            header.add(actions);
        }
        return header;
    }

    private Component romeStatute(CountryRow row) {
        Div list = new Div();
        list.addClassName("definition-list");
        list.add(definition("country.field.rome-status", RomeStatusPill.of(row.romeStatus())),
                dateDefinition("country.field.signed-on", row.signedOn()),
                dateDefinition("country.field.ratified-on", row.ratifiedOn()),
                dateDefinition("country.field.in-force-on", row.inForceOn()));
        // withdrawal dates mean something only for the few states that withdrew
        if (row.withdrawalNotifiedOn() != null || row.withdrawalEffectiveOn() != null) {
            list.add(dateDefinition("country.field.withdrawal-notified-on", row.withdrawalNotifiedOn()),
                    dateDefinition("country.field.withdrawal-effective-on", row.withdrawalEffectiveOn()));
        }
        return card("country.rome-statute", list).withClass("rome-statute");
    }

    private Component referenceData(CountryRow row) {
        Div list = new Div();
        list.addClassName("definition-list");
        list.add(textDefinition("country.field.name-en", row.nameEn()),
                textDefinition("country.field.name-fr", row.nameFr()),
                textDefinition("country.field.iso2", row.code()),
                textDefinition("country.field.iso3", row.iso3()),
                textDefinition("country.field.regional-group",
                        row.regionalGroup() == null ? getTranslation("country.none")
                                : UiTexts.label(row.regionalGroup())),
                textDefinition("country.field.as-of", Formats.date(row.asOf())),
                textDefinition("country.field.last-updated", lastUpdate(row)));
        return card("country.reference-data", list).withClass("reference-data");
    }

    /** The shipped rows say so rather than show a user name and midnight. */
    private String lastUpdate(CountryRow row) {
        if ("reference-data".equals(row.updatedBy())) {
            return getTranslation("country.shipped-data");
        }
        return getTranslation("country.updated-by", Formats.dateTime(row.updatedAt()), row.updatedBy());
    }

    private Div dateDefinition(String termKey, @Nullable LocalDate date) {
        return textDefinition(termKey, date == null ? getTranslation("country.none") : Formats.date(date));
    }

    private Div textDefinition(String termKey, String value) {
        return definition(termKey, new Span(value));
    }

    private Div definition(String termKey, Component value) {
        return Definitions.of(getTranslation(termKey), value);
    }

    private CountryCard card(String titleKey, Component content) {
        return new CountryCard(getTranslation(titleKey), content);
    }

    private void openEditDialog(CountryRow row) {
        new CountryDialog(countries, row, saved -> {
            Notifications.success(getTranslation("country.saved", saved.name(getLocale())));
            show(saved);
        }, this::reload).open();
    }

    @Override
    public String getPageTitle() {
        return country == null ? getTranslation("country.not-found.title") : country.name(getLocale());
    }

    /** A titled card of the page. */
    static final class CountryCard extends Section {

        CountryCard(String title, Component content) {
            addClassName("card");
            Div header = new Div(new H2(title));
            header.addClassName("card-header");
            add(header, content);
        }

        CountryCard withClass(String className) {
            addClassName(className);
            return this;
        }
    }
}
