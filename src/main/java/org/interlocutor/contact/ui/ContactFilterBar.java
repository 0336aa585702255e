package org.interlocutor.contact.ui;

import org.interlocutor.shared.ui.FilterFields;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.EnumSet;
import org.interlocutor.contact.ArchiveState;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.TagRow;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * The contacts list's filters. It turns what is set into a {@link ContactFilter}, can be set from one (a bookmark,
 * a saved view), and tells the list when anything changes.
 */
class ContactFilterBar extends Composite<Div> {

    final TextField text = new TextField();
    final MultiSelectComboBox<StakeholderCategory> categories = new MultiSelectComboBox<>();
    final CountryPicker country;
    final Select<RegionalGroup> regionalGroup = new Select<>();
    final ComboBox<TagRow> tag = new ComboBox<>();
    final ColleaguePicker owner;
    final Select<Sensitivity> sensitivity = new Select<>();
    final DatePicker engagedFrom = new DatePicker();
    final DatePicker engagedTo = new DatePicker();
    final Select<ArchiveState> archiveState = new Select<>();
    private final transient CountryService countries;
    private final transient StaffDirectory staff;
    private final transient ContactService contacts;
    private final Div more = new Div();
    private final Button moreToggle = new Button();
    private final Button clear = new Button();
    private boolean silent;
    private @Nullable SerializableRunnable onChange;

    ContactFilterBar(ContactService contacts, CountryService countries, StaffDirectory staff) {
        this.contacts = contacts;
        this.countries = countries;
        this.staff = staff;
        this.country = new CountryPicker(getTranslation("contacts.filter.country"), countries);
        this.owner = new ColleaguePicker(getTranslation("contacts.filter.owner"), staff);
        getContent().addClassName("filter-bar");

        FilterFields.search(text, getTranslation("contacts.filter.text"));

        categories.setLabel(getTranslation("contacts.filter.category"));
        categories.setItems(StakeholderCategory.values());
        categories.setItemLabelGenerator(UiTexts::label);
        categories.setClearButtonVisible(true);

        regionalGroup.setLabel(getTranslation("contacts.filter.regional-group"));
        FilterFields.anyOf(regionalGroup, getTranslation("filter.any"), RegionalGroup.values());

        tag.setLabel(getTranslation("contacts.filter.tag"));
        tag.setItemsPageable((pageable, typed) -> contacts.tags(typed, pageable));
        tag.setItemLabelGenerator(TagRow::name);
        tag.setClearButtonVisible(true);

        sensitivity.setLabel(getTranslation("contacts.filter.sensitivity"));
        FilterFields.anyOf(sensitivity, getTranslation("filter.any"), Sensitivity.values());

        engagedFrom.setLabel(getTranslation("contacts.filter.engaged-from"));
        engagedTo.setLabel(getTranslation("contacts.filter.engaged-to"));
        DatePickers.localized(engagedFrom);
        DatePickers.localized(engagedTo);

        archiveState.setLabel(getTranslation("contacts.filter.archive-state"));
        archiveState.setItems(ArchiveState.values());
        archiveState.setItemLabelGenerator(UiTexts::label);
        archiveState.setValue(ArchiveState.ACTIVE);

        clear.addClickListener(click -> setFilter(ContactFilter.NONE, true));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("clear-filters");
        moreToggle.addThemeVariants(ButtonVariant.TERTIARY);
        moreToggle.addClassName("more-filters");
        moreToggle.addClickListener(click -> {
            more.setVisible(!more.isVisible());
            updateMoreToggle();
        });

        Div first = new Div(text, categories, country, regionalGroup, moreToggle, clear);
        first.addClassName("filter-row");
        more.add(tag, owner, sensitivity, engagedFrom, engagedTo, archiveState);
        more.addClassName("filter-row");
        more.setVisible(false);
        getContent().add(first, more);
        updateMoreToggle();

        text.addValueChangeListener(change -> changed());
        categories.addValueChangeListener(change -> changed());
        country.addValueChangeListener(change -> changed());
        regionalGroup.addValueChangeListener(change -> changed());
        tag.addValueChangeListener(change -> changed());
        owner.addValueChangeListener(change -> changed());
        sensitivity.addValueChangeListener(change -> changed());
        engagedFrom.addValueChangeListener(change -> changed());
        engagedTo.addValueChangeListener(change -> changed());
        archiveState.addValueChangeListener(change -> changed());
    }

    void onChange(SerializableRunnable listener) {
        this.onChange = listener;
    }

    ContactFilter filter() {
        CountryRow chosenCountry = country.getValue();
        TagRow chosenTag = tag.getValue();
        StaffMember chosenOwner = owner.getValue();
        return new ContactFilter(text.getValue(),
                categories.getValue().isEmpty() ? EnumSet.noneOf(StakeholderCategory.class)
                        : EnumSet.copyOf(categories.getValue()),
                chosenCountry == null ? null : chosenCountry.code(),
                regionalGroup.getValue(),
                chosenTag == null ? null : chosenTag.id(),
                chosenOwner == null ? null : chosenOwner.id(),
                sensitivity.getValue(),
                engagedFrom.getValue(), engagedTo.getValue(),
                archiveState.getValue() == null ? ArchiveState.ACTIVE : archiveState.getValue(),
                null);
    }

    /** Shows the filter (from the address or a saved view); {@code notify} tells the list to reload. */
    void setFilter(ContactFilter filter, boolean notify) {
        silent = true;
        try {
            text.setValue(filter.text());
            categories.setValue(filter.categories());
            country.setValue(filter.countryCode() == null ? null
                    : countries.find(filter.countryCode()).orElse(null));
            regionalGroup.setValue(filter.regionalGroup());
            tag.setValue(filter.tagId() == null ? null : contacts.tag(filter.tagId()).orElse(null));
            owner.setValue(filter.ownerId() == null ? null : staff.find(filter.ownerId()).orElse(null));
            sensitivity.setValue(filter.sensitivity());
            engagedFrom.setValue(filter.engagedFrom());
            engagedTo.setValue(filter.engagedTo());
            archiveState.setValue(filter.archiveState());
        } finally {
            silent = false;
        }
        if (notify) {
            changed();
        }
    }

    private void changed() {
        updateMoreToggle();
        if (!silent && onChange != null) {
            onChange.run();
        }
    }

    /** The less used filters fold away; the toggle says how many of them are set, and they show when any is. */
    private void updateMoreToggle() {
        long active = java.util.stream.Stream.of(tag.getValue(), owner.getValue(), sensitivity.getValue(),
                        engagedFrom.getValue(), engagedTo.getValue(),
                        archiveState.getValue() == ArchiveState.ACTIVE ? null : archiveState.getValue())
                .filter(java.util.Objects::nonNull).count();
        if (active > 0) {
            more.setVisible(true);
        }
        String label = getTranslation(more.isVisible() ? "filter.fewer" : "filter.more");
        moreToggle.setText(active > 0 ? label + " (" + active + ")" : label);
        clear.setText(getTranslation("filter.clear"));
        clear.setVisible(!filter().equals(ContactFilter.NONE));
    }
}
