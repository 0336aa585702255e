package org.interlocutor.campaign.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.shared.SearchPatterns;

/**
 * Picks campaigns by typing part of their name ("ASP", "enfants"): for the forms of other features, such as an
 * engagement's campaigns. It offers live campaigns, planned and active ones first; a campaign archived since it was
 * chosen stays chosen. Rows are told apart by id, so a preselected row matches the one the list offers.
 */
public class CampaignPicker extends MultiSelectComboBox<CampaignRow> {

    private final transient CampaignService campaigns;

    /** A picker labelled "Campaigns". */
    public CampaignPicker(CampaignService campaigns) {
        this("", campaigns);
        setLabel(getTranslation("campaign-picker.label"));
    }

    public CampaignPicker(String label, CampaignService campaigns) {
        super(label);
        this.campaigns = campaigns;
        setItemsPageable((pageable, text) -> campaigns.suggest(text, pageable))
                .setIdentifierProvider(CampaignRow::id);
        setItemLabelGenerator(CampaignRow::name);
        setPlaceholder(getTranslation("campaign-picker.placeholder"));
        setClearButtonVisible(true);
        // campaign names are long: show every chosen one, on as many lines as it takes
        setAutoExpand(AutoExpandMode.VERTICAL);
        setSelectedItemsOnTop(true);
        addClassName("campaign-picker");
    }

    /** Chooses these campaigns (archived ones too), replacing the current choice. */
    public void selectIds(Collection<Long> ids) {
        setValue(campaigns.byIds(ids).values().stream()
                .sorted(Comparator.comparing((CampaignRow row) -> SearchPatterns.fold(row.name()))
                        .thenComparingLong(CampaignRow::id))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The ids of the chosen campaigns. */
    public Set<Long> selectedIds() {
        return getValue().stream().map(CampaignRow::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
