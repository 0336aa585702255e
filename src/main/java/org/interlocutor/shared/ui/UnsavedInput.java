package org.interlocutor.shared.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed into a form, as text, so that a save refused because someone else saved first loses nothing:
 * the form records its fields as they were when it opened ({@link #baseline()}), and on a refusal {@link
 * #changes()} lists the fields the person changed, each with its label and the value typed, ready to show beside
 * the saved version ({@link UnsavedChangesPanel}) and to copy back.
 */
public final class UnsavedInput implements Serializable {

    /** One changed field: its label and what the person typed, as they would read it. */
    public record Entry(String field, String value) implements Serializable {
    }

    /** A field under its label, read as text. */
    private record Field(String label, SerializableSupplier<String> text) implements Serializable {
    }

    private final List<Field> fields = new ArrayList<>();
    private List<String> opened = List.of();

    private UnsavedInput() {
    }

    /** The fields of a form, each read under its own label. */
    public static UnsavedInput of(HasValue<?, ?>... fields) {
        return new UnsavedInput().and(fields);
    }

    /** More fields, after those already listed. */
    public UnsavedInput and(HasValue<?, ?>... more) {
        for (HasValue<?, ?> field : more) {
            String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
            with(label == null ? "" : label, () -> text(field));
        }
        return this;
    }

    /** A field the generic reading cannot render (a list editor, say), read by the form itself. */
    public UnsavedInput with(String label, SerializableSupplier<String> text) {
        fields.add(new Field(label, text));
        return this;
    }

    /** Remembers every field as it is now: the version the person started from. */
    public UnsavedInput baseline() {
        opened = snapshot();
        return this;
    }

    /** The fields whose text differs from the baseline (from empty, without one), in the form's order. */
    public List<Entry> changes() {
        List<String> now = snapshot();
        List<Entry> changed = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String before = i < opened.size() ? opened.get(i) : "";
            if (!before.equals(now.get(i))) {
                changed.add(new Entry(fields.get(i).label(), now.get(i)));
            }
        }
        return changed;
    }

    private List<String> snapshot() {
        return fields.stream().map(field -> field.text().get()).toList();
    }

    /** A field's value as the person reads it on screen: the label a list shows for the chosen item, say. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String text(HasValue<?, ?> field) {
        Object value = field.getValue();
        if (value == null || field.isEmpty()) {
            return "";
        }
        return switch (field) {
            case Checkbox ignored -> UiTexts.translate(Boolean.TRUE.equals(value) ? "unsaved.yes" : "unsaved.no");
            case MultiSelectComboBox combo -> labels((Collection<?>) value, combo.getItemLabelGenerator());
            case ComboBox combo -> label(value, combo.getItemLabelGenerator());
            case Select select -> label(value, select.getItemLabelGenerator());
            case RadioButtonGroup group -> label(value, group.getItemLabelGenerator());
            case CheckboxGroup group -> labels((Collection<?>) value, group.getItemLabelGenerator());
            default -> plain(value);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Object value, @Nullable ItemLabelGenerator generator) {
        return generator == null ? plain(value) : String.valueOf(generator.apply(value));
    }

    @SuppressWarnings("rawtypes")
    private static String labels(Collection<?> values, @Nullable ItemLabelGenerator generator) {
        return values.stream().map(value -> label(value, generator)).sorted().collect(Collectors.joining(", "));
    }

    private static String plain(Object value) {
        return switch (value) {
            case LocalDate date -> Formats.date(date);
            case LocalDateTime dateTime -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Formats.locale()).format(dateTime);
            case Collection<?> values -> values.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
