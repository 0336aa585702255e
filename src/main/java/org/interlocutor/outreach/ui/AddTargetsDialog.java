package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.function.Supplier;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.SavedContactView;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.organization.ui.OrganizationPicker;
import org.interlocutor.outreach.OutreachPlanDetails;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.outreach.TargetsAdded;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * Adds targets to a plan three ways: one by one (a contact, an organisation or a country, each with its picker),
 * the contacts one of the manager's saved contacts views finds now, or the countries of a UN regional group (all, or
 * the States Parties only). It stays open to add more; the plan's page is read again when something was added.
 */
class AddTargetsDialog extends Dialog {

    /** The services the dialog reads and writes through. */
    record Services(OutreachService outreach, ContactService contacts, SavedViewService savedViews,
                    OrganizationService organizations, CountryService countries) {
    }

    private final transient Services services;
    private final OutreachPlanDetails plan;
    private final SerializableRunnable onAdded;

    final TabSheet ways = new TabSheet();
    final ComboBox<ContactRow> contact = new ComboBox<>();
    final Button addContact = new Button();
    final OrganizationPicker organization;
    final Button addOrganization = new Button();
    final CountryPicker country;
    final Button addCountry = new Button();
    final Select<SavedContactView> savedView = new Select<>();
    final Paragraph savedViewFinds = new Paragraph();
    final Button addSavedView = new Button();
    final Select<RegionalGroup> regionalGroup = new Select<>();
    final Checkbox statePartiesOnly = new Checkbox();
    final Button addRegionalGroup = new Button();

    AddTargetsDialog(Services services, OutreachPlanDetails plan, SerializableRunnable onAdded) {
        this.services = services;
        this.plan = plan;
        this.onAdded = onAdded;
        this.organization = new OrganizationPicker(getTranslation("outreach.add.organization"),
                services.organizations());
        this.country = new CountryPicker(getTranslation("outreach.add.country"), services.countries());
        addClassNames("record-dialog", "add-targets-dialog");
        setHeaderTitle(getTranslation("outreach.add.title", plan.name()));
        setWidth("42rem");
        setMaxWidth("100%");

        ways.addClassName("add-targets-ways");
        ways.add(getTranslation("outreach.add.one-by-one"), oneByOne());
        ways.add(getTranslation("outreach.add.saved-view"), fromSavedView());
        ways.add(getTranslation("outreach.add.regional-group"), fromRegionalGroup());
        ways.setWidthFull();
        add(ways);

        Button done = new Button(getTranslation("outreach.add.done"), click -> close());
        done.addClassName("close-add-targets");
        getFooter().add(done);
    }

    private Component oneByOne() {
        contact.setLabel(getTranslation("outreach.add.contact"));
        contact.setPlaceholder(getTranslation("outreach.add.contact-placeholder"));
        contact.setItemsPageable((pageable, text) -> services.contacts().suggest(text, pageable));
        contact.setItemLabelGenerator(row -> row.organizationName() == null ? row.displayName()
                : row.displayName() + " · " + row.organizationName());
        contact.setClearButtonVisible(true);
        contact.addClassName("target-contact");
        configure(addContact, "add-contact", () -> contact.getValue() == null ? null
                : services.outreach().addContacts(plan.id(), List.of(contact.getValue().id())), contact);

        organization.addClassName("target-organization");
        configure(addOrganization, "add-organization", () -> organization.getValue() == null ? null
                : services.outreach().addOrganizations(plan.id(), List.of(organization.getValue().id())),
                organization);

        country.addClassName("target-country");
        configure(addCountry, "add-country", () -> country.getValue() == null ? null
                : services.outreach().addCountries(plan.id(), List.of(country.getValue().code())), country);

        return tab("outreach.add.one-by-one.help", line(contact, addContact), line(organization, addOrganization),
                line(country, addCountry));
    }

    private Component fromSavedView() {
        List<SavedContactView> views = services.savedViews().myContactViews();
        savedView.setLabel(getTranslation("outreach.add.saved-view.field"));
        savedView.setItems(views);
        savedView.setItemLabelGenerator(SavedContactView::name);
        savedView.setEmptySelectionAllowed(false);
        savedView.setPlaceholder(getTranslation(views.isEmpty() ? "outreach.add.saved-view.none"
                : "outreach.add.saved-view.placeholder"));
        savedView.setEnabled(!views.isEmpty());
        savedView.addClassName("target-saved-view");
        savedViewFinds.addClassNames("muted", "saved-view-finds");
        savedView.addValueChangeListener(change -> savedViewFinds.setText(change.getValue() == null ? ""
                : getTranslation("outreach.add.saved-view.finds", services.contacts().count(
                        ContactQueryString.parse(change.getValue().queryString()).filter()))));
        configure(addSavedView, "add-saved-view", () -> savedView.getValue() == null ? null
                : services.outreach().addFromSavedView(plan.id(), savedView.getValue().id()), null);
        addSavedView.setText(getTranslation("outreach.add.saved-view.action"));
        return tab("outreach.add.saved-view.help", savedView, savedViewFinds, addSavedView);
    }

    private Component fromRegionalGroup() {
        regionalGroup.setLabel(getTranslation("outreach.add.regional-group.field"));
        regionalGroup.setItems(RegionalGroup.values());
        regionalGroup.setItemLabelGenerator(UiTexts::label);
        regionalGroup.setPlaceholder(getTranslation("outreach.add.regional-group.placeholder"));
        regionalGroup.addClassName("target-regional-group");
        statePartiesOnly.setLabel(getTranslation("outreach.add.regional-group.state-parties"));
        statePartiesOnly.addClassName("state-parties-only");
        configure(addRegionalGroup, "add-regional-group", () -> regionalGroup.getValue() == null ? null
                : services.outreach().addRegionalGroup(plan.id(), regionalGroup.getValue(),
                statePartiesOnly.getValue()), null);
        addRegionalGroup.setText(getTranslation("outreach.add.regional-group.action"));
        return tab("outreach.add.regional-group.help", regionalGroup, statePartiesOnly, addRegionalGroup);
    }

    /** An "Add" button that runs the addition, says what it did, and empties the picker for the next one. */
    private void configure(Button button, String className, Supplier<@Nullable TargetsAdded> addition,
                           @Nullable HasValue<?, ?> picker) {
        button.setText(getTranslation("outreach.add.action"));
        button.setIcon(VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName(className);
        button.addClickListener(click -> {
            try {
                TargetsAdded added = addition.get();
                if (added == null) {
                    return;
                }
                Notifications.success(getTranslation("outreach.add.added", added.added(), added.alreadyInPlan()));
                if (picker != null) {
                    picker.clear();
                }
                if (added.added() > 0) {
                    onAdded.run();
                }
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
    }

    private Component tab(String helpKey, Component... content) {
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassNames("muted", "add-targets-help");
        Div tab = new Div(help);
        tab.add(content);
        tab.addClassName("add-targets-way");
        return tab;
    }

    private static Component line(Component picker, Button add) {
        Div line = new Div(picker, add);
        line.addClassName("add-target-line");
        return line;
    }
}
