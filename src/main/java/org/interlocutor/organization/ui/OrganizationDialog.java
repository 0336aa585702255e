package org.interlocutor.organization.ui;

import org.interlocutor.shared.ui.StaleNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;

/** Creates an organisation (at the top of the tree, or as a sub-unit of another), or edits one. */
class OrganizationDialog extends Dialog {

    private final transient OrganizationService organizations;
    private final transient CountryService countries;
    private final @Nullable OrganizationRow existing;
    private final SerializableConsumer<OrganizationRow> onSaved;
    private final SerializableRunnable reload;

    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final Select<OrganizationKind> kind = new Select<>();
    final CountryPicker country;
    final OrganizationPicker parent;
    final TextField website = new TextField();
    final TextArea notes = new TextArea();
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final Binder<OrganizationForm> binder = new Binder<>();
    private final UnsavedInput typed;

    /** A new organisation; with a parent, a new sub-unit of it that starts with the parent's kind and country. */
    static OrganizationDialog forNew(OrganizationService organizations, CountryService countries,
                                     @Nullable OrganizationRow parent,
                                     SerializableConsumer<OrganizationRow> onCreated) {
        OrganizationForm form = new OrganizationForm();
        if (parent != null) {
            form.kind = parent.kind();
            form.country = parent.countryCode() == null ? null : countries.find(parent.countryCode()).orElse(null);
            form.parent = parent;
        }
        return new OrganizationDialog(organizations, countries, null, form, onCreated, () -> { },
                parent == null ? "organizations.new" : "organization.new-sub-unit.title",
                parent == null ? "" : parent.displayName());
    }

    static OrganizationDialog forExisting(OrganizationService organizations, CountryService countries,
                                          OrganizationRow row, SerializableConsumer<OrganizationRow> onSaved,
                                          SerializableRunnable onReload) {
        OrganizationForm form = OrganizationForm.of(row);
        form.country = row.countryCode() == null ? null : countries.find(row.countryCode()).orElse(null);
        form.parent = row.parentId() == null ? null : organizations.find(row.parentId()).orElse(null);
        return new OrganizationDialog(organizations, countries, row, form, onSaved, onReload,
                "organization.edit.title", row.displayName());
    }

    private OrganizationDialog(OrganizationService organizations, CountryService countries,
                               @Nullable OrganizationRow existing, OrganizationForm initial,
                               SerializableConsumer<OrganizationRow> onSaved, SerializableRunnable onReload,
                               String titleKey, String titleArgument) {
        this.organizations = organizations;
        this.countries = countries;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = onReload;
        this.country = new CountryPicker(getTranslation("organization.field.country"), countries);
        this.parent = new OrganizationPicker(getTranslation("organization.field.parent"), organizations);
        addClassNames("record-dialog", "organization-dialog");
        setHeaderTitle(getTranslation(titleKey, titleArgument));
        setWidth("42rem");
        setMaxWidth("100%");

        name.setLabel(getTranslation("organization.field.name"));
        name.setRequiredIndicatorVisible(true);
        acronym.setLabel(getTranslation("organization.field.acronym"));
        acronym.setHelperText(getTranslation("organization.field.acronym-help"));
        kind.setLabel(getTranslation("organization.field.kind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(UiTexts::label);
        kind.setRequiredIndicatorVisible(true);
        parent.setHelperText(getTranslation("organization.field.parent-help"));
        website.setLabel(getTranslation("organization.field.website"));
        website.setPlaceholder("https://");
        notes.setLabel(getTranslation("organization.field.notes"));
        notes.setMinRows(3);
        notes.setMaxRows(8);

        bindFields();
        binder.readBean(initial);
        typed = UnsavedInput.of(name, acronym, kind, country, parent, website, notes).baseline();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(name, 2);
        form.add(acronym, kind, country, parent);
        form.add(website, 2);
        form.add(notes, 2);

        add(staleNotice, unsaved, form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation(existing == null ? "organization.create" : "action.save"),
                click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-organization");
        getFooter().add(cancel, save);
    }

    private void bindFields() {
        binder.forField(name).asRequired(getTranslation("organization.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 300), 0, 300))
                .bind(OrganizationForm::getName, OrganizationForm::setName);
        binder.forField(acronym)
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 40), 0, 40))
                .bind(OrganizationForm::getAcronym, OrganizationForm::setAcronym);
        binder.forField(kind).asRequired(getTranslation("error.required"))
                .bind(OrganizationForm::getKind, OrganizationForm::setKind);
        binder.forField(country).bind(OrganizationForm::getCountry, OrganizationForm::setCountry);
        binder.forField(parent).bind(OrganizationForm::getParent, OrganizationForm::setParent);
        binder.forField(website)
                .withValidator(value -> value.isBlank() || Websites.href(Websites.normalize(value)) != null,
                        getTranslation("organization.error.website"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 500), 0, 500))
                .bind(OrganizationForm::getWebsite, OrganizationForm::setWebsite);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 4000), 0, 4000))
                .bind(OrganizationForm::getNotes, OrganizationForm::setNotes);
    }

    private void save() {
        OrganizationForm form = new OrganizationForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        OrganizationDraft draft = form.toDraft();
        try {
            OrganizationRow saved = existing == null ? organizations.create(draft)
                    : organizations.update(existing.id(), existing.version(), draft);
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            showStaleNotice(stale);
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, Map.of("name", name, "acronym", acronym, "kind", kind,
                    "countryCode", country, "parentId", parent, "website", website, "notes", notes));
        }
    }

    /**
     * Someone saved this organisation meanwhile: keep what was typed, and offer to load their version, which opens
     * in a fresh form with what was typed listed beside it.
     */
    private void showStaleNotice(StaleRecordException stale) {
        staleNotice.show(stale, () -> {
            if (existing == null) {
                return;
            }
            List<UnsavedInput.Entry> changes = typed.changes();
            organizations.find(existing.id()).ifPresent(fresh -> {
                close();
                reload.run();
                OrganizationDialog again = forExisting(organizations, countries, fresh, onSaved, reload);
                again.unsaved.show(changes);
                again.open();
            });
        });
    }

    /** The dialog's values, for the binder. */
    static final class OrganizationForm {
        private String name = "";
        private String acronym = "";
        private @Nullable OrganizationKind kind;
        private @Nullable CountryRow country;
        private @Nullable OrganizationRow parent;
        private String website = "";
        private String notes = "";

        static OrganizationForm of(OrganizationRow row) {
            OrganizationForm form = new OrganizationForm();
            form.name = row.name();
            form.acronym = row.acronym() == null ? "" : row.acronym();
            form.kind = row.kind();
            form.website = row.website() == null ? "" : row.website();
            form.notes = row.notes() == null ? "" : row.notes();
            return form;
        }

        OrganizationDraft toDraft() {
            return new OrganizationDraft(name, acronym, kind == null ? OrganizationKind.OTHER : kind,
                    country == null ? null : country.code(), parent == null ? null : parent.id(),
                    website.isBlank() ? null : Websites.normalize(website), notes);
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getAcronym() {
            return acronym;
        }

        void setAcronym(String acronym) {
            this.acronym = acronym;
        }

        @Nullable OrganizationKind getKind() {
            return kind;
        }

        void setKind(@Nullable OrganizationKind kind) {
            this.kind = kind;
        }

        @Nullable CountryRow getCountry() {
            return country;
        }

        void setCountry(@Nullable CountryRow country) {
            this.country = country;
        }

        @Nullable OrganizationRow getParent() {
            return parent;
        }

        void setParent(@Nullable OrganizationRow parent) {
            this.parent = parent;
        }

        String getWebsite() {
            return website;
        }

        void setWebsite(String website) {
            this.website = website;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
