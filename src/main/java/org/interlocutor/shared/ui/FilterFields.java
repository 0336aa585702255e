package org.interlocutor.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.interlocutor.shared.Translatable;

/** The fields every list's filter bar is made of, set up the same way on every screen. */
public final class FilterFields {

    private FilterFields() {
    }

    /** A free-text search box: magnifier, clear button, and a search once typing pauses. */
    public static TextField search(TextField field, String placeholder) {
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addClassName("search-field");
        return field;
    }

    /** A choice among translated values, or none of them ("any"), which does not narrow the list. */
    @SafeVarargs
    public static <E extends Translatable> Select<E> anyOf(Select<E> select, String anyCaption, E... values) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(anyCaption);
        select.setItemLabelGenerator(value -> value == null ? anyCaption : UiTexts.label(value));
        return select;
    }
}
