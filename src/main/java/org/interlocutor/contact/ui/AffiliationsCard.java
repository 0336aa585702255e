package org.interlocutor.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.Map;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.AffiliationRow;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.organization.ui.OrganizationPicker;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/**
 * A person's affiliations, current first, past ones kept as history: add one, end one (they left the mission),
 * make one the main one.
 */
class AffiliationsCard extends Section {

    private final transient ContactService contacts;
    private final transient OrganizationService organizations;
    private final ContactDetails contact;
    private final SerializableConsumer<ContactDetails> onChanged;

    AffiliationsCard(ContactService contacts, OrganizationService organizations, ContactDetails contact,
                     SerializableConsumer<ContactDetails> onChanged) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.contact = contact;
        this.onChanged = onChanged;
        addClassNames("card", "affiliations-card");
        Div heading = new Div(new com.vaadin.flow.component.html.H2(getTranslation("contact.section.affiliations")));
        heading.addClassName("card-heading");
        if (contact.canEdit()) {
            Button add = new Button(getTranslation("affiliation.add"), VaadinIcon.PLUS.create(), click -> openAdd());
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add.addClassName("add-affiliation");
            heading.add(add);
        }
        add(heading);
        if (contact.affiliations().isEmpty()) {
            Span none = new Span(getTranslation("affiliation.none"));
            none.addClassName("empty-note");
            add(none);
            return;
        }
        // A person's own history: a handful of rows, shown whole.
        Grid<AffiliationRow> grid = new Grid<>(AffiliationRow.class, false);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.addComponentColumn(row -> new Anchor(AppRoutes.organization(row.organizationId()), row.organizationName()))
                .setHeader(getTranslation("affiliation.organization")).setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(row -> row.role() == null ? "" : row.role()).setHeader(getTranslation("affiliation.role"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.from())).setHeader(getTranslation("affiliation.from")).setAutoWidth(true);
        grid.addColumn(row -> row.current() && row.to() == null ? getTranslation("affiliation.present")
                : Formats.date(row.to())).setHeader(getTranslation("affiliation.to")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("affiliation.status")).setAutoWidth(true);
        if (contact.canEdit()) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(contact.affiliations());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Component status(AffiliationRow row) {
        if (row.primary()) {
            return Pills.of(getTranslation("affiliation.primary"), "primary-pill");
        }
        return Pills.of(getTranslation(row.current() ? "affiliation.current" : "affiliation.past"),
                row.current() ? "status-active" : "status-muted");
    }

    private Component actions(AffiliationRow row) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (row.current() && !row.primary()) {
            Button primary = new Button(getTranslation("affiliation.make-primary"),
                    click -> apply(() -> contacts.makePrimary(contact.id(), contact.version(), row.id())));
            primary.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            actions.add(primary);
        }
        if (row.current()) {
            Button end = new Button(getTranslation("affiliation.end"), click -> openEnd(row));
            end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            end.addClassName("end-affiliation");
            actions.add(end);
        }
        return actions;
    }

    private void apply(java.util.function.Supplier<ContactDetails> change) {
        try {
            onChanged.accept(change.get());
        } catch (StaleRecordException stale) {
            Notifications.error(getTranslation("error.stale-record"));
            contacts.find(contact.id()).ifPresent(onChanged);
        } catch (UserFacingException refused) {
            Notifications.error(UiTexts.message(refused));
        }
    }

    private void openEnd(AffiliationRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("affiliation.end.title", row.organizationName()));
        DatePicker endedOn = DatePickers.localized(new DatePicker(getTranslation("affiliation.ended-on"),
                LocalDate.now(Formats.zone())));
        endedOn.setRequired(true);
        dialog.add(endedOn);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button end = new Button(getTranslation("affiliation.end"), click -> {
            if (endedOn.getValue() == null) {
                endedOn.setInvalid(true);
                endedOn.setErrorMessage(getTranslation("error.required"));
                return;
            }
            try {
                ContactDetails changed = contacts.endAffiliation(contact.id(), contact.version(), row.id(),
                        endedOn.getValue());
                dialog.close();
                onChanged.accept(changed);
            } catch (StaleRecordException stale) {
                dialog.close();
                Notifications.error(getTranslation("error.stale-record"));
                contacts.find(contact.id()).ifPresent(onChanged);
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("to", endedOn));
            }
        });
        end.addThemeVariants(ButtonVariant.PRIMARY);
        end.addClassName("confirm-end");
        dialog.getFooter().add(cancel, end);
        dialog.open();
    }

    private void openAdd() {
        Dialog dialog = new Dialog();
        dialog.addClassName("affiliation-dialog");
        dialog.setHeaderTitle(getTranslation("affiliation.add.title", contact.displayName()));
        dialog.setWidth("32rem");
        OrganizationPicker organization = new OrganizationPicker(getTranslation("affiliation.organization"),
                organizations);
        organization.setRequiredIndicatorVisible(true);
        TextField role = new TextField(getTranslation("affiliation.role"));
        role.setMaxLength(200);
        DatePicker from = DatePickers.localized(new DatePicker(getTranslation("affiliation.from")));
        DatePicker to = DatePickers.localized(new DatePicker(getTranslation("affiliation.to")));
        to.setHelperText(getTranslation("affiliation.to-help"));
        Checkbox primary = new Checkbox(getTranslation("affiliation.make-primary-now"), true);
        FormLayout form = new FormLayout(organization, role, from, to, primary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(organization, 2);
        form.setColspan(role, 2);
        form.setColspan(primary, 2);
        dialog.add(form);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button save = new Button(getTranslation("affiliation.add"), click -> {
            if (organization.getValue() == null) {
                organization.setInvalid(true);
                organization.setErrorMessage(getTranslation("error.required"));
                return;
            }
            try {
                ContactDetails changed = contacts.addAffiliation(contact.id(), contact.version(),
                        new AffiliationDraft(organization.getValue().id(), role.getValue(), from.getValue(),
                                to.getValue(), primary.getValue()));
                dialog.close();
                onChanged.accept(changed);
            } catch (StaleRecordException stale) {
                dialog.close();
                Notifications.error(getTranslation("error.stale-record"));
                contacts.find(contact.id()).ifPresent(onChanged);
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("to", to, "organization", organization));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-affiliation");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
