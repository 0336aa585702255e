package org.interlocutor.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Your unsaved changes": after a refused save and a reload, the form shows the saved version and this panel lists
 * what the person had typed, field by field, as plain selectable text with a button that copies all of it, so that
 * they can carry over what still matters. Hidden while there is nothing to show; the person can put it away.
 */
@StyleSheet("styles/hardening.css")
public class UnsavedChangesPanel extends Div {

    private String copyText = "";

    public UnsavedChangesPanel() {
        addClassName("unsaved-changes");
        getElement().setAttribute("role", "region");
        setVisible(false);
    }

    public void show(List<UnsavedInput.Entry> entries) {
        removeAll();
        if (entries.isEmpty()) {
            setVisible(false);
            return;
        }
        H3 title = new H3(getTranslation("unsaved.title"));
        title.setId("unsaved-changes-title-" + System.identityHashCode(this));
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Paragraph hint = new Paragraph(getTranslation("unsaved.hint"));
        hint.addClassName("unsaved-hint");
        Div list = new Div();
        list.addClassName("unsaved-list");
        for (UnsavedInput.Entry entry : entries) {
            Span field = new Span(entry.field());
            field.addClassName("unsaved-field");
            Span value = new Span(entry.value().isEmpty() ? getTranslation("unsaved.empty") : entry.value());
            value.addClassName("unsaved-value");
            Div row = new Div(field, value);
            row.addClassName("unsaved-entry");
            list.add(row);
        }
        copyText = entries.stream()
                .map(entry -> entry.field() + ": " + entry.value())
                .collect(Collectors.joining("\n"));
        Button copy = new Button(getTranslation("unsaved.copy"), VaadinIcon.COPY_O.create(),
                click -> copyToClipboard());
        copy.addThemeVariants(ButtonVariant.SMALL);
        copy.addClassName("unsaved-copy");
        Button dismiss = new Button(getTranslation("unsaved.dismiss"), click -> setVisible(false));
        dismiss.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        dismiss.addClassName("unsaved-dismiss");
        Div actions = new Div(copy, dismiss);
        actions.addClassName("unsaved-actions");
        add(title, hint, list, actions);
        setVisible(true);
    }

    /** Every entry as "field: value" lines, what the copy button puts on the clipboard. */
    public String copyText() {
        return copyText;
    }

    private void copyToClipboard() {
        // the text travels as an argument, never as script or markup
        getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", copyText);
        Notifications.success(getTranslation("unsaved.copied"));
    }
}
