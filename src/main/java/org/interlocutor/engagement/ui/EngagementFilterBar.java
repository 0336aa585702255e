package org.interlocutor.engagement.ui;

import org.interlocutor.engagement.EngagementListQuery;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FilterFields;
import org.jspecify.annotations.Nullable;

/**
 * The engagements list's filters. It turns what is set into an {@link EngagementListQuery}, can be set from one
 * (the address), and tells the list when anything changes. The less used filters fold away until one is set.
 */
class EngagementFilterBar extends Composite<Div> {

    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<EngagementKind> kind = new Select<>();
    final ComboBox<CampaignRow> campaign = new ComboBox<>();
    final ColleaguePicker staffMember;
    final Select<StakeholderCategory> category = new Select<>();
    final CountryPicker country;
    final Select<RegionalGroup> regionalGroup = new Select<>();
    private final transient CampaignService campaigns;
    private final transient CountryService countries;
    private final transient StaffDirectory staff;
    private final Div more = new Div();
    private final Button moreToggle = new Button();
    private final Button clear = new Button();
    private boolean silent;
    private @Nullable SerializableRunnable onChange;

    EngagementFilterBar(CampaignService campaigns, CountryService countries, StaffDirectory staff) {
        this.campaigns = campaigns;
        this.countries = countries;
        this.staff = staff;
        staffMember = new ColleaguePicker(getTranslation("engagement-list.filter.staff"), staff);
        country = new CountryPicker(getTranslation("engagement-list.filter.country"), countries);
        getContent().addClassNames("filter-bar", "engagement-filter-bar");

        FilterFields.search(text, getTranslation("engagement-list.filter.text"));
        from.setLabel(getTranslation("engagement-list.filter.from"));
        to.setLabel(getTranslation("engagement-list.filter.to"));
        DatePickers.localized(from);
        DatePickers.localized(to);
        kind.setLabel(getTranslation("engagement-list.filter.kind"));
        FilterFields.anyOf(kind, getTranslation("filter.any"), EngagementKind.values());
        campaign.setLabel(getTranslation("engagement-list.filter.campaign"));
        campaign.setItemsPageable((pageable, typed) -> campaigns.suggest(typed, pageable));
        campaign.setItemLabelGenerator(CampaignRow::name);
        campaign.setClearButtonVisible(true);
        campaign.addClassName("campaign-filter");
        category.setLabel(getTranslation("engagement-list.filter.category"));
        FilterFields.anyOf(category, getTranslation("filter.any"), StakeholderCategory.values());
        regionalGroup.setLabel(getTranslation("engagement-list.filter.regional-group"));
        FilterFields.anyOf(regionalGroup, getTranslation("filter.any"), RegionalGroup.values());

        clear.addClickListener(click -> setQuery(EngagementListQuery.NONE, true));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("clear-filters");
        moreToggle.addThemeVariants(ButtonVariant.TERTIARY);
        moreToggle.addClassName("more-filters");
        moreToggle.addClickListener(click -> {
            more.setVisible(!more.isVisible());
            updateToggles();
        });

        Div first = new Div(text, kind, from, to, campaign, moreToggle, clear);
        first.addClassName("filter-row");
        more.add(staffMember, category, country, regionalGroup);
        more.addClassName("filter-row");
        more.setVisible(false);
        getContent().add(first, more);

        List<HasValue<?, ?>> fields = List.of(text, from, to, kind, campaign, staffMember, category, country,
                regionalGroup);
        fields.forEach(field -> field.addValueChangeListener(change -> changed()));
        updateToggles();
    }

    void onChange(SerializableRunnable listener) {
        this.onChange = listener;
    }

    EngagementListQuery query() {
        CampaignRow chosenCampaign = campaign.getValue();
        StaffMember chosenStaff = staffMember.getValue();
        CountryRow chosenCountry = country.getValue();
        return new EngagementListQuery(text.getValue(), from.getValue(), to.getValue(), kind.getValue(),
                chosenCampaign == null ? null : chosenCampaign.id(),
                chosenStaff == null ? null : chosenStaff.id(),
                category.getValue(),
                chosenCountry == null ? null : chosenCountry.code(),
                regionalGroup.getValue(), null, null);
    }

    /** Shows the query (from the address); {@code notify} tells the list to read again. */
    void setQuery(EngagementListQuery query, boolean notify) {
        silent = true;
        try {
            text.setValue(query.text());
            from.setValue(query.from());
            to.setValue(query.to());
            kind.setValue(query.kind());
            campaign.setValue(query.campaignId() == null ? null
                    : campaigns.byIds(Set.of(query.campaignId())).get(query.campaignId()));
            staffMember.setValue(query.staffId() == null ? null : staff.find(query.staffId()).orElse(null));
            category.setValue(query.category());
            country.setValue(query.countryCode() == null ? null : countries.find(query.countryCode()).orElse(null));
            regionalGroup.setValue(query.regionalGroup());
        } finally {
            silent = false;
        }
        updateToggles();
        if (notify) {
            changed();
        }
    }

    private void changed() {
        // the last day may not come before the first
        to.setMin(from.getValue());
        from.setMax(to.getValue());
        updateToggles();
        if (!silent && onChange != null) {
            onChange.run();
        }
    }

    /** The folded filters show when one of them is set, and the toggle says how many are. */
    private void updateToggles() {
        long folded = Stream.of(staffMember.getValue(), category.getValue(), country.getValue(),
                regionalGroup.getValue()).filter(Objects::nonNull).count();
        if (folded > 0) {
            more.setVisible(true);
        }
        String label = getTranslation(more.isVisible() ? "filter.fewer" : "filter.more");
        moreToggle.setText(folded > 0 ? label + " (" + folded + ")" : label);
        clear.setText(getTranslation("filter.clear"));
        clear.setVisible(!query().equals(EngagementListQuery.NONE));
    }
}
