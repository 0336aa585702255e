package org.interlocutor.country.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Picks a country by typing part of its English or French name or its code. */
public class CountryPicker extends ComboBox<CountryRow> {

    public CountryPicker(String label, CountryService countries) {
        super(label);
        String nameProperty = "fr".equals(getLocale().getLanguage()) ? "nameFr" : "nameEn";
        setItemsPageable((pageable, text) -> countries.list(new CountryFilter(text, null, null),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(nameProperty))).getContent());
        setItemLabelGenerator(country -> country.name(getLocale()));
        setClearButtonVisible(true);
        addClassName("country-picker");
    }
}
