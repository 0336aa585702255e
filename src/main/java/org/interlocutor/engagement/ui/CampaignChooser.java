package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;

/**
 * Picks the campaigns an engagement served, by typing part of their name. A stand-in, kept in this one class, for
 * the campaign feature's own picker until it lands.
 */
class CampaignChooser extends MultiSelectComboBox<CampaignRow> {

    CampaignChooser(String label, CampaignService campaigns) {
        super(label);
        setItemsPageable((pageable, text) -> campaigns.suggest(text, pageable))
                .setIdentifierProvider(CampaignRow::id);
        setItemLabelGenerator(CampaignRow::name);
        setAutoExpand(AutoExpandMode.VERTICAL);
        addClassName("campaign-chooser");
    }
}
