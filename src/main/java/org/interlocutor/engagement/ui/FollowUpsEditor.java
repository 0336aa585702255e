package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * The follow-ups agreed in an engagement, typed in place: what, who (the person logging, unless changed), by when
 * (a week from today, unless changed) and which participants it concerns. Lines left without a "what" are ignored.
 * When editing, the follow-ups already agreed are listed above; new lines are added to them, never replace them.
 */
class FollowUpsEditor extends Composite<Div> implements HasValidation {

    private static final int DEFAULT_DAYS_TO_DUE = 7;

    private final transient StaffDirectory staff;
    private final @Nullable StaffMember me;
    private final transient Supplier<LocalDate> today;
    private final Div lines = new Div();
    private final Span error = new Span();
    private final List<Line> entries = new ArrayList<>();
    private List<ContactRow> participants = List.of();
    final Button add = new Button();

    FollowUpsEditor(StaffDirectory staff, @Nullable StaffMember me, Supplier<LocalDate> today,
                    List<FollowUpRow> existing) {
        this.staff = staff;
        this.me = me;
        this.today = today;
        Div root = getContent();
        root.addClassName("follow-ups-editor");
        if (!existing.isEmpty()) {
            root.add(existingList(existing));
        }
        lines.addClassName("follow-up-lines");
        error.addClassName("field-error");
        error.setVisible(false);
        add.setText(getTranslation("logging.follow-up.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.addClassName("add-follow-up");
        add.addClickListener(click -> addLine().description.focus());
        root.add(lines, error, add);
    }

    private Div existingList(List<FollowUpRow> existing) {
        Div list = new Div();
        list.addClassName("existing-follow-ups");
        Span intro = new Span(getTranslation("logging.follow-up.existing"));
        intro.addClassName("muted");
        list.add(intro);
        for (FollowUpRow followUp : existing) {
            Span detail = new Span(getTranslation("logging.follow-up.summary", followUp.assigneeName(),
                    Formats.date(followUp.dueOn()), UiTexts.label(followUp.status())));
            detail.addClassName("muted");
            Div line = new Div(new Span(followUp.description()), detail);
            line.addClassName("existing-follow-up");
            list.add(line);
        }
        return list;
    }

    /** Adds an empty line with the defaults, and returns it. */
    Line addLine() {
        Line line = new Line();
        line.assignee.setValue(me);
        line.dueOn.setValue(today.get().plusDays(DEFAULT_DAYS_TO_DUE));
        line.concerns.setItems(participants);
        line.concerns.setValue(new LinkedHashSet<>(participants));
        line.remove.addClickListener(click -> {
            entries.remove(line);
            lines.remove(line.row);
            add.focus();
        });
        entries.add(line);
        lines.add(line.row);
        return line;
    }

    /** The participants chosen so far: what each line may concern. Dropped participants leave the lines too. */
    void setParticipants(List<ContactRow> chosen) {
        participants = List.copyOf(chosen);
        Set<Long> ids = chosen.stream().map(ContactRow::id).collect(Collectors.toSet());
        for (Line line : entries) {
            Set<ContactRow> kept = line.concerns.getValue().stream().filter(row -> ids.contains(row.id()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            line.concerns.setItems(participants);
            line.concerns.setValue(kept);
        }
    }

    List<Line> lines() {
        return List.copyOf(entries);
    }

    /** The lines with a "what", as drafts; call {@link #checkRequired} first. */
    List<FollowUpDraft> drafts() {
        return entries.stream().filter(Line::filled).map(Line::draft).toList();
    }

    /** Marks the filled lines that lack an assignee or a due date; true when none does. */
    boolean checkRequired() {
        boolean ok = true;
        for (Line line : entries) {
            line.clearErrors();
            if (!line.filled()) {
                continue;
            }
            if (line.assignee.getValue() == null) {
                line.assignee.setErrorMessage(getTranslation("error.required"));
                line.assignee.setInvalid(true);
                ok = false;
            }
            if (line.dueOn.getValue() == null) {
                if (!line.dueOn.isInvalid()) {
                    line.dueOn.setErrorMessage(getTranslation("error.required"));
                    line.dueOn.setInvalid(true);
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * A refused assignee: shown beside the lines whose assignee cannot hold follow-ups (a viewer), or under the
     * whole editor when the line cannot be told.
     */
    void showAssigneeError(String message) {
        boolean placed = false;
        for (Line line : entries) {
            StaffMember assignee = line.assignee.getValue();
            if (line.filled() && (assignee == null || !assignee.enabled() || !assignee.role().includes(Role.OFFICER))) {
                line.assignee.setErrorMessage(message);
                line.assignee.setInvalid(true);
                placed = true;
            }
        }
        if (!placed) {
            setErrorMessage(message);
            setInvalid(true);
        }
    }

    /** A Bean Validation refusal of one line's field ("description", "dueOn"), by the line's place among drafts. */
    void showLineError(int draftIndex, String property, String message) {
        List<Line> filled = entries.stream().filter(Line::filled).toList();
        if (draftIndex < 0 || draftIndex >= filled.size()) {
            setErrorMessage(message);
            setInvalid(true);
            return;
        }
        Line line = filled.get(draftIndex);
        HasValidation field = switch (property) {
            case "dueOn" -> line.dueOn;
            case "assigneeId" -> line.assignee;
            case "contactIds" -> line.concerns;
            default -> line.description;
        };
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearErrors() {
        setInvalid(false);
        entries.forEach(Line::clearErrors);
    }

    /** The typed words, to tell whether closing would lose something. */
    String typedText() {
        return entries.stream().map(line -> line.description.getValue().strip()).collect(Collectors.joining("\n"));
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

    /** One follow-up as typed. */
    final class Line {
        final Div row = new Div();
        final TextField description = new TextField();
        final ColleaguePicker assignee;
        final DatePicker dueOn = new DatePicker();
        final MultiSelectComboBox<ContactRow> concerns = new MultiSelectComboBox<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Line() {
            row.addClassName("follow-up-line");
            description.setLabel(getTranslation("logging.follow-up.what"));
            description.setPlaceholder(getTranslation("logging.follow-up.what-placeholder"));
            description.setMaxLength(1000);
            description.addClassName("follow-up-what");
            assignee = new ColleaguePicker(getTranslation("logging.follow-up.who"), staff);
            assignee.addClassName("follow-up-who");
            assignee.setClearButtonVisible(false);
            dueOn.setLabel(getTranslation("logging.follow-up.due"));
            dueOn.setLocale(getLocale());
            DatePickers.localized(dueOn);
            dueOn.setClearButtonVisible(false);
            dueOn.addClassName("follow-up-due");
            concerns.setLabel(getTranslation("logging.follow-up.concerns"));
            concerns.setItemLabelGenerator(ContactRow::displayName);
            concerns.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
            concerns.addClassName("follow-up-concerns");
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("logging.follow-up.remove"));
            remove.setTooltipText(getTranslation("logging.follow-up.remove"));
            remove.addClassName("remove-follow-up");
            row.add(description, assignee, dueOn, concerns, remove);
        }

        boolean filled() {
            return !description.getValue().isBlank();
        }

        FollowUpDraft draft() {
            StaffMember who = assignee.getValue();
            return new FollowUpDraft(description.getValue().strip(), who == null ? 0 : who.id(), dueOn.getValue(),
                    concerns.getValue().stream().map(ContactRow::id).collect(Collectors.toSet()));
        }

        void clearErrors() {
            description.setInvalid(false);
            assignee.setInvalid(false);
            if (dueOn.getValue() != null) {
                dueOn.setInvalid(false);
            }
            concerns.setInvalid(false);
        }
    }
}
