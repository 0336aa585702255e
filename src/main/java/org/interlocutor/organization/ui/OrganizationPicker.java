package org.interlocutor.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;

/** Picks an organisation by typing part of its name or acronym ("OTP", "Bureau"). */
public class OrganizationPicker extends ComboBox<OrganizationRow> {

    public OrganizationPicker(String label, OrganizationService organizations) {
        super(label);
        setItemsPageable((pageable, text) -> organizations.suggest(text, pageable));
        setItemLabelGenerator(OrganizationRow::displayName);
        setClearButtonVisible(true);
        addClassName("organization-picker");
    }
}
