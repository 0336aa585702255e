package org.interlocutor.contact.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.DuplicateCandidate;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.contact.TagRow;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.organization.ui.OrganizationPicker;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Creates a contact or edits one. Before saving it warns about people who look like the same person (same email,
 * or same name in the same organisation) among those the user may see; a stale edit is refused without losing
 * what was typed, and offers to load the other person's version.
 */
class ContactFormDialog extends Dialog {

    private final transient ContactService contacts;
    private final transient CountryService countries;
    private final transient StaffDirectory staff;
    private final transient OrganizationService organizations;
    private final @Nullable ContactDetails existing;
    private final SerializableConsumer<ContactDetails> onSaved;
    private boolean duplicatesAcknowledged;

    final ComboBox<String> honorific = new ComboBox<>();
    final TextField givenName = new TextField();
    final TextField familyName = new TextField();
    final TextField jobTitle = new TextField();
    final Select<StakeholderCategory> category = new Select<>();
    final CountryPicker country;
    final ComboBox<String> correspondenceLanguage = new ComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final ContactPointsEditor emails = new ContactPointsEditor(ContactPointsEditor.Kind.EMAIL);
    final ContactPointsEditor phones = new ContactPointsEditor(ContactPointsEditor.Kind.PHONE);
    final OrganizationPicker organization;
    final TextField role = new TextField();
    final ColleaguePicker owner;
    final Select<Integer> influence = new Select<>();
    final Select<Stance> stance = new Select<>();
    final Select<Sensitivity> sensitivity = new Select<>();
    final Select<LawfulBasis> lawfulBasis = new Select<>();
    final TextArea consentNote = new TextArea();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final Div notice = new Div();
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    final Button save = new Button();
    private final UnsavedInput typed;

    static ContactFormDialog forNewContact(ContactService contacts, CountryService countries,
                                           OrganizationService organizations, StaffDirectory staff,
                                           SerializableConsumer<ContactDetails> onSaved) {
        return new ContactFormDialog(contacts, countries, organizations, staff, null, onSaved);
    }

    static ContactFormDialog forContact(ContactService contacts, CountryService countries,
                                        OrganizationService organizations, StaffDirectory staff,
                                        ContactDetails existing, SerializableConsumer<ContactDetails> onSaved) {
        return new ContactFormDialog(contacts, countries, organizations, staff, existing, onSaved);
    }

    private ContactFormDialog(ContactService contacts, CountryService countries, OrganizationService organizations,
                              StaffDirectory staff, @Nullable ContactDetails existing,
                              SerializableConsumer<ContactDetails> onSaved) {
        this.contacts = contacts;
        this.countries = countries;
        this.staff = staff;
        this.organizations = organizations;
        this.existing = existing;
        this.onSaved = onSaved;
        this.country = new CountryPicker(getTranslation("contact.country"), countries);
        this.organization = new OrganizationPicker(getTranslation("contact.organization"), organizations);
        this.owner = new ColleaguePicker(getTranslation("contact.owner"), staff);
        addClassName("contact-form-dialog");
        setHeaderTitle(existing == null ? getTranslation("contacts.new")
                : getTranslation("contact.edit.title", existing.displayName()));
        setWidth("min(60rem, 96vw)");
        configureFields();

        notice.addClassName("notice-warning");
        notice.setVisible(false);
        add(notice, staleNotice, unsaved, identity(), reach(), mapping());

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        save.setText(getTranslation(existing == null ? "contact.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-contact");
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);

        if (existing != null) {
            show(existing.draft());
            sensitivity.setEnabled(existing.canManageAccess());
            owner.setEnabled(existing.canManageAccess());
        } else {
            show(ContactDraft.of("", "", StakeholderCategory.OTHER));
        }
        typed = UnsavedInput.of(honorific, givenName, familyName, jobTitle, category, country)
                .with(getTranslation("contact.emails"), emails::typedText)
                .with(getTranslation("contact.phones"), phones::typedText)
                .and(correspondenceLanguage, languages, owner, influence, stance, sensitivity, tags, lawfulBasis,
                        consentNote)
                .baseline();
    }

    private void configureFields() {
        honorific.setLabel(getTranslation("contact.honorific"));
        honorific.setItems(Arrays.asList(getTranslation("contact.honorific.suggestions").split(",")));
        honorific.setAllowCustomValue(true);
        honorific.addCustomValueSetListener(custom -> honorific.setValue(custom.getDetail()));
        givenName.setLabel(getTranslation("contact.given-name"));
        familyName.setLabel(getTranslation("contact.family-name"));
        givenName.addClassName("given-name");
        familyName.addClassName("family-name");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        givenName.setMaxLength(100);
        familyName.setMaxLength(100);
        jobTitle.setLabel(getTranslation("contact.job-title"));
        jobTitle.setMaxLength(200);
        category.setLabel(getTranslation("contact.category"));
        category.setItems(StakeholderCategory.values());
        category.setItemLabelGenerator(UiTexts::label);
        category.setRequiredIndicatorVisible(true);

        List<String> languageCodes = Languages.codes(getLocale());
        correspondenceLanguage.setLabel(getTranslation("contact.correspondence-language"));
        correspondenceLanguage.setItems(languageCodes);
        correspondenceLanguage.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        correspondenceLanguage.setClearButtonVisible(true);
        languages.setLabel(getTranslation("contact.languages"));
        languages.setItems(languageCodes);
        languages.setItemLabelGenerator(code -> Languages.name(code, getLocale()));

        organization.setHelperText(getTranslation("contact.organization-help"));
        role.setLabel(getTranslation("contact.role"));
        role.setMaxLength(200);

        influence.setLabel(getTranslation("contact.influence"));
        influence.setItems(1, 2, 3, 4, 5);
        influence.setItemLabelGenerator(level -> level == null ? getTranslation("contact.influence.unknown")
                : getTranslation("contact.influence." + level));
        influence.setEmptySelectionAllowed(true);
        influence.setEmptySelectionCaption(getTranslation("contact.influence.unknown"));
        stance.setLabel(getTranslation("contact.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(UiTexts::label);
        sensitivity.setLabel(getTranslation("contact.sensitivity"));
        sensitivity.setItems(Sensitivity.values());
        sensitivity.setItemLabelGenerator(UiTexts::label);
        sensitivity.setHelperText(getTranslation("contact.sensitivity-help"));
        lawfulBasis.setLabel(getTranslation("contact.lawful-basis"));
        lawfulBasis.setItems(LawfulBasis.values());
        lawfulBasis.setItemLabelGenerator(basis -> basis == null ? "" : UiTexts.label(basis));
        lawfulBasis.setEmptySelectionAllowed(true);
        consentNote.setLabel(getTranslation("contact.consent-note"));
        consentNote.setMaxLength(1000);
        tags.setLabel(getTranslation("contact.tags"));
        tags.setItems(contacts.tags("", PageRequest.of(0, 200)).stream().map(TagRow::name).toList());
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(custom -> {
            Set<String> chosen = new LinkedHashSet<>(tags.getValue());
            chosen.add(custom.getDetail().strip());
            List<String> items = new java.util.ArrayList<>(tags.getListDataView().getItems().toList());
            if (!items.contains(custom.getDetail().strip())) {
                items.add(custom.getDetail().strip());
                tags.setItems(items);
            }
            tags.setValue(chosen);
        });
        tags.setHelperText(getTranslation("contact.tags-help"));
    }

    private Div identity() {
        FormLayout form = form();
        form.add(honorific, givenName, familyName, jobTitle, category, country);
        if (existing == null) {
            form.add(organization, role);
        }
        return section("contact.section.identity", form);
    }

    private Div reach() {
        FormLayout form = form();
        form.add(emails, phones, correspondenceLanguage, languages);
        form.setColspan(emails, 2);
        form.setColspan(phones, 2);
        return section("contact.section.reach", form);
    }

    private Div mapping() {
        FormLayout form = form();
        form.add(owner, sensitivity, influence, stance, tags, lawfulBasis, consentNote);
        form.setColspan(tags, 2);
        form.setColspan(consentNote, 2);
        return section("contact.section.relationship", form);
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private Div section(String titleKey, FormLayout form) {
        H3 title = new H3(getTranslation(titleKey));
        Div section = new Div(title, form);
        section.addClassName("form-section");
        return section;
    }

    private void show(ContactDraft draft) {
        honorific.setValue(draft.honorific());
        givenName.setValue(draft.givenName());
        familyName.setValue(draft.familyName());
        jobTitle.setValue(draft.jobTitle() == null ? "" : draft.jobTitle());
        category.setValue(draft.category());
        country.setValue(draft.countryCode() == null ? null : countries.find(draft.countryCode()).orElse(null));
        correspondenceLanguage.setValue(draft.correspondenceLanguage());
        languages.setValue(draft.languages());
        emails.setEntries(draft.emails().stream()
                .map(email -> new ContactPointsEditor.Entry(email.email(), email.label(), email.primary())).toList());
        phones.setEntries(draft.phones().stream()
                .map(phone -> new ContactPointsEditor.Entry(phone.phone(), phone.label(), phone.primary())).toList());
        owner.setValue(draft.ownerId() == null ? null : staff.find(draft.ownerId()).orElse(null));
        influence.setValue(draft.influence());
        stance.setValue(draft.stance());
        sensitivity.setValue(draft.sensitivity());
        lawfulBasis.setValue(draft.lawfulBasis());
        consentNote.setValue(draft.consentNote() == null ? "" : draft.consentNote());
        List<String> knownTags = new java.util.ArrayList<>(tags.getListDataView().getItems().toList());
        draft.tags().stream().filter(tag -> !knownTags.contains(tag)).forEach(knownTags::add);
        tags.setItems(knownTags);
        tags.setValue(draft.tags());
    }

    private ContactDraft draft() {
        CountryRow chosenCountry = country.getValue();
        StaffMember chosenOwner = owner.getValue();
        List<EmailEntry> emailEntries = emails.entries().stream()
                .map(entry -> new EmailEntry(entry.value(), entry.label(), entry.primary())).toList();
        List<PhoneEntry> phoneEntries = phones.entries().stream()
                .map(entry -> new PhoneEntry(entry.value(), entry.label(), entry.primary())).toList();
        return new ContactDraft(honorific.getValue(), givenName.getValue(), familyName.getValue(),
                jobTitle.getValue(), category.getValue() == null ? StakeholderCategory.OTHER : category.getValue(),
                chosenCountry == null ? null : chosenCountry.code(), correspondenceLanguage.getValue(),
                Set.copyOf(languages.getValue()), emailEntries, phoneEntries,
                chosenOwner == null ? null : chosenOwner.id(), influence.getValue(),
                stance.getValue() == null ? Stance.UNKNOWN : stance.getValue(),
                sensitivity.getValue() == null ? Sensitivity.NORMAL : sensitivity.getValue(),
                lawfulBasis.getValue(), consentNote.getValue(), Set.copyOf(tags.getValue()));
    }

    private boolean requiredFilled() {
        boolean ok = true;
        for (TextField required : List.of(givenName, familyName)) {
            boolean blank = required.getValue().isBlank();
            required.setInvalid(blank);
            required.setErrorMessage(blank ? getTranslation("error.required") : null);
            ok &= !blank;
        }
        return ok;
    }

    private void save() {
        clearErrors();
        if (!requiredFilled()) {
            return;
        }
        ContactDraft draft = draft();
        OrganizationRow chosenOrganization = organization.getValue();
        Long organizationId = existing == null && chosenOrganization != null ? chosenOrganization.id() : null;
        if (!duplicatesAcknowledged) {
            List<DuplicateCandidate> lookAlikes = contacts.possibleDuplicates(draft, organizationId,
                    existing == null ? null : existing.id());
            if (!lookAlikes.isEmpty()) {
                showDuplicates(lookAlikes);
                return;
            }
        }
        try {
            ContactDetails saved = existing == null
                    ? contacts.create(draft, organizationId == null ? null
                            : new AffiliationDraft(organizationId, role.getValue(), null, null, true))
                    : contacts.update(existing.id(), existing.version(), draft);
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            showStale(stale);
        } catch (ConstraintViolationException invalid) {
            showViolations(invalid.getConstraintViolations());
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("givenName", givenName);
        fields.put("familyName", familyName);
        fields.put("jobTitle", jobTitle);
        fields.put("countryCode", country);
        fields.put("emails", emails);
        fields.put("phones", phones);
        fields.put("owner", owner);
        fields.put("consentNote", consentNote);
        fields.put("organization", organization);
        fields.put("tags", tags);
        fields.put("honorific", honorific);
        return fields;
    }

    private void showViolations(Set<ConstraintViolation<?>> violations) {
        Map<String, HasValidation> fields = fieldsByName();
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = fields.keySet().stream().filter(name -> path.contains(name)).findFirst().orElse("");
            HasValidation target = fields.get(field);
            String message = org.interlocutor.shared.ui.ConstraintMessages.of(violation);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                org.interlocutor.shared.ui.Notifications.error(message);
            }
        }
    }

    private void clearErrors() {
        fieldsByName().values().forEach(field -> field.setInvalid(false));
    }

    private void showDuplicates(List<DuplicateCandidate> lookAlikes) {
        notice.removeAll();
        notice.removeClassName("notice-error");
        notice.addClassName("notice-warning");
        Div list = new Div();
        list.addClassName("duplicate-list");
        list.add(new Span(getTranslation("contact.duplicates.intro")));
        for (DuplicateCandidate candidate : lookAlikes) {
            Anchor link = new Anchor(AppRoutes.contact(candidate.contactId()), candidate.displayName());
            link.setTarget("_blank");
            Span why = new Span(" · " + getTranslation("contact.duplicates." + candidate.reason().name()));
            Div line = new Div(link, why);
            line.addClassName("duplicate-candidate");
            list.add(line);
        }
        notice.add(list);
        notice.setVisible(true);
        duplicatesAcknowledged = true;
        save.setText(getTranslation(existing == null ? "contact.create-anyway" : "contact.save-anyway"));
    }

    /**
     * Someone saved this contact meanwhile: say who and when, keep what was typed, and offer to load their version,
     * which opens in a fresh form with what was typed listed beside it.
     */
    private void showStale(StaleRecordException stale) {
        notice.setVisible(false);
        staleNotice.show(stale, () -> {
            if (existing == null) {
                return;
            }
            List<UnsavedInput.Entry> changes = typed.changes();
            contacts.find(existing.id()).ifPresent(fresh -> {
                close();
                ContactFormDialog again = forContact(contacts, countries, organizations, staff, fresh, onSaved);
                again.unsaved.show(changes);
                again.open();
            });
        });
    }
}
