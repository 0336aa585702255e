package org.interlocutor.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlocutor.ViewTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;

/** What a form lists as the person's unsaved changes: the fields they changed, read as the screen shows them. */
@ViewTest
@WithStaff(username = "unsaved.officer", role = Role.OFFICER)
class UnsavedInputTest extends SpringBrowserlessTest {

    @Test
    void onlyTheChangedFieldsAreListedInTheFormsOrderAsTheScreenShowsThem() {
        TextField name = new TextField("Name", "Observatory", "");
        Select<Integer> influence = new Select<>();
        influence.setLabel("Influence");
        influence.setItems(1, 2, 3);
        influence.setItemLabelGenerator(level -> level + " – " + (level == 3 ? "strong" : "some"));
        influence.setValue(1);
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages");
        languages.setItems("fr", "en", "ar");
        languages.setItemLabelGenerator(code -> code.equals("fr") ? "French" : code.equals("en") ? "English"
                : "Arabic");
        DatePicker due = new DatePicker("Due");
        Checkbox consent = new Checkbox("Consent given");
        TextArea notes = new TextArea("Notes");
        notes.setValue("Kept as it was");
        UnsavedInput typed = UnsavedInput.of(name, influence, languages, due, consent, notes)
                .with("Emails", () -> "ana@example.org (work)").baseline();

        influence.setValue(3);
        languages.setValue(Set.of("fr", "en"));
        due.setValue(LocalDate.of(2027, 1, 15));
        consent.setValue(true);
        name.setValue("");

        assertThat(typed.changes()).containsExactly(
                new UnsavedInput.Entry("Name", ""),
                new UnsavedInput.Entry("Influence", "3 – strong"),
                new UnsavedInput.Entry("Languages", "English, French"),
                new UnsavedInput.Entry("Due", Formats.date(LocalDate.of(2027, 1, 15))),
                new UnsavedInput.Entry("Consent given", "Yes"));
    }

    @Test
    void thePanelShowsEachEntryAsPlainTextAndCopiesThemAll() {
        UnsavedChangesPanel panel = new UnsavedChangesPanel();

        panel.show(List.of(new UnsavedInput.Entry("Notes", "<b>not bold</b>\nsecond line"),
                new UnsavedInput.Entry("Name", "")));

        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.copyText()).isEqualTo("Notes: <b>not bold</b>\nsecond line\nName: ");
        assertThat(panel.getElement().getOuterHTML()).contains("&lt;b&gt;not bold&lt;/b&gt;").contains("(empty)");

        panel.show(List.of());
        assertThat(panel.isVisible()).as("nothing to show").isFalse();
    }
}
