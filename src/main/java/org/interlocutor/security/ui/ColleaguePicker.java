package org.interlocutor.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Picks an enabled colleague by name or user name: an owner, someone to grant access to. */
public class ColleaguePicker extends ComboBox<StaffMember> {

    public ColleaguePicker(String label, StaffDirectory staff) {
        super(label);
        setItemsPageable((pageable, text) -> staff.search(text,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName"))));
        setItemLabelGenerator(StaffMember::displayName);
        setClearButtonVisible(true);
        addClassName("colleague-picker");
    }
}
