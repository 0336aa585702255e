package org.interlocutor.contact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's email addresses or phone numbers: as many as needed, each with an optional label ("office", "mobile")
 * and exactly one marked primary.
 */
class ContactPointsEditor extends Composite<Div> implements HasValidation {

    enum Kind {
        EMAIL,
        PHONE
    }

    /** One line as typed. */
    record Entry(String value, @Nullable String label, boolean primary) {
    }

    private final Kind kind;
    private final Div rows = new Div();
    private final Span error = new Span();
    private final List<Line> lines = new ArrayList<>();

    ContactPointsEditor(Kind kind) {
        this.kind = kind;
        getContent().addClassNames("contact-points", kind == Kind.EMAIL ? "emails-editor" : "phones-editor");
        Span title = new Span(getTranslation(kind == Kind.EMAIL ? "contact.emails" : "contact.phones"));
        title.addClassName("contact-points-title");
        Button add = new Button(getTranslation(kind == Kind.EMAIL ? "contact.add-email" : "contact.add-phone"),
                VaadinIcon.PLUS.create(), click -> addLine(new Entry("", null, lines.isEmpty())));
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.addClassName(kind == Kind.EMAIL ? "add-email" : "add-phone");
        error.addClassName("field-error");
        error.setVisible(false);
        getContent().add(title, rows, error, add);
    }

    void setEntries(List<Entry> entries) {
        rows.removeAll();
        lines.clear();
        entries.forEach(this::addLine);
        if (entries.isEmpty()) {
            addLine(new Entry("", null, true));
        }
    }

    /** The lines with something typed in them. */
    List<Entry> entries() {
        return lines.stream()
                .filter(line -> !line.value.getValue().isBlank())
                .map(line -> new Entry(line.value.getValue().strip(),
                        line.label.getValue().isBlank() ? null : line.label.getValue().strip(),
                        line.primary.getValue()))
                .toList();
    }

    /** The lines as one text, for the list of unsaved changes: "value (label, primary)", one per line. */
    String typedText() {
        return entries().stream()
                .map(entry -> entry.value() + details(entry))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private String details(Entry entry) {
        List<String> details = new ArrayList<>();
        if (entry.label() != null) {
            details.add(entry.label());
        }
        if (entry.primary()) {
            details.add(getTranslation("contact.primary"));
        }
        return details.isEmpty() ? "" : " (" + String.join(", ", details) + ")";
    }

    List<TextFieldBase<?, String>> valueFields() {
        return lines.stream().<TextFieldBase<?, String>>map(line -> line.value).toList();
    }

    private void addLine(Entry entry) {
        Line line = new Line(kind);
        line.value.setValue(entry.value());
        line.label.setValue(entry.label() == null ? "" : entry.label());
        line.primary.setValue(entry.primary());
        line.primary.addValueChangeListener(change -> {
            if (change.getValue()) {
                lines.stream().filter(other -> other != line).forEach(other -> other.primary.setValue(false));
            }
        });
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            lines.remove(line);
            rows.remove(line.row);
            if (line.primary.getValue() && !lines.isEmpty()) {
                lines.getFirst().primary.setValue(true);
            }
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.setAriaLabel(getTranslation("contact.remove-line"));
        line.row.add(line.value, line.label, line.primary, remove);
        lines.add(line);
        rows.add(line.row);
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    private static final class Line {
        final Div row = new Div();
        final TextFieldBase<?, String> value;
        final TextField label = new TextField();
        final Checkbox primary = new Checkbox();

        Line(Kind kind) {
            row.addClassName("contact-point-line");
            if (kind == Kind.EMAIL) {
                EmailField email = new EmailField();
                email.setPlaceholder(email.getTranslation("contact.email-placeholder"));
                email.setAriaLabel(email.getTranslation("contact.email"));
                email.setErrorMessage(email.getTranslation("error.email-format"));
                value = email;
            } else {
                TextField phone = new TextField();
                phone.setPlaceholder(phone.getTranslation("contact.phone-placeholder"));
                phone.setAriaLabel(phone.getTranslation("contact.phone"));
                phone.setAllowedCharPattern("[0-9+ ().\\-/]");
                value = phone;
            }
            value.addClassName("contact-point-value");
            label.setPlaceholder(label.getTranslation("contact.point-label"));
            label.setAriaLabel(label.getTranslation("contact.point-label"));
            label.setMaxLength(40);
            label.addClassName("contact-point-label");
            primary.setLabel(primary.getTranslation("contact.primary"));
        }
    }
}
