package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.interlocutor.outreach.OutreachPlanDetails;
import org.interlocutor.outreach.OutreachPlanDraft;
import org.interlocutor.outreach.OutreachPriority;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;

/**
 * Creates a plan inside a campaign, or edits one: its name, the officer who carries it, when it began (engagements
 * from that day count) and its target date, its priority and notes.
 */
class PlanDialog extends Dialog {

    private static final int NAME_LENGTH = 200;
    private static final int NOTES_LENGTH = 4000;

    private final transient OutreachService outreach;
    private final transient StaffDirectory staff;
    private final long campaignId;
    private final @Nullable OutreachPlanDetails existing;
    private final SerializableConsumer<OutreachPlanDetails> onSaved;
    private final SerializableRunnable reload;

    final TextField name = new TextField();
    final ColleaguePicker officer;
    final DatePicker startsOn = new DatePicker();
    final DatePicker targetOn = new DatePicker();
    final Select<OutreachPriority> priority = new Select<>();
    final TextArea notes = new TextArea();
    final StaleNotice staleNotice = new StaleNotice();
    final Button save = new Button();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final Binder<PlanForm> binder = new Binder<>();
    private final UnsavedInput typed;

    /** A new plan that starts today, of medium priority, carried by no one until chosen. */
    static PlanDialog forNew(OutreachService outreach, StaffDirectory staff, long campaignId, LocalDate today,
                             SerializableConsumer<OutreachPlanDetails> onCreated) {
        PlanForm form = new PlanForm();
        form.startsOn = today;
        form.priority = OutreachPriority.MEDIUM;
        return new PlanDialog(outreach, staff, campaignId, null, form, onCreated, () -> { });
    }

    static PlanDialog forExisting(OutreachService outreach, StaffDirectory staff, OutreachPlanDetails details,
                                  SerializableConsumer<OutreachPlanDetails> onSaved, SerializableRunnable onReload) {
        PlanForm form = new PlanForm();
        form.name = details.name();
        form.officer = staff.find(details.officerId()).orElse(null);
        form.startsOn = details.startsOn();
        form.targetOn = details.targetOn();
        form.priority = details.priority();
        form.notes = details.notes() == null ? "" : details.notes();
        return new PlanDialog(outreach, staff, details.campaignId(), details, form, onSaved, onReload);
    }

    private PlanDialog(OutreachService outreach, StaffDirectory staff, long campaignId,
                       @Nullable OutreachPlanDetails existing, PlanForm initial,
                       SerializableConsumer<OutreachPlanDetails> onSaved, SerializableRunnable onReload) {
        this.outreach = outreach;
        this.staff = staff;
        this.campaignId = campaignId;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = onReload;
        addClassNames("record-dialog", "plan-dialog");
        setHeaderTitle(existing == null ? getTranslation("outreach.plan.new")
                : getTranslation("outreach.plan.edit.title", existing.name()));
        setWidth("40rem");
        setMaxWidth("100%");

        name.setLabel(getTranslation("outreach.field.name"));
        name.setPlaceholder(getTranslation("outreach.field.name-placeholder"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(NAME_LENGTH);
        name.addClassName("plan-name");
        officer = new ColleaguePicker(getTranslation("outreach.field.officer"), staff);
        officer.setRequiredIndicatorVisible(true);
        officer.setHelperText(getTranslation("outreach.field.officer-help"));
        officer.addClassName("plan-officer");
        startsOn.setLabel(getTranslation("outreach.field.starts-on"));
        startsOn.setHelperText(getTranslation("outreach.field.starts-on-help"));
        startsOn.addClassName("plan-starts-on");
        targetOn.setLabel(getTranslation("outreach.field.target-on"));
        targetOn.addClassName("plan-target-on");
        DatePickers.localized(startsOn);
        DatePickers.localized(targetOn);
        priority.setLabel(getTranslation("outreach.field.priority"));
        priority.setItems(OutreachPriority.values());
        priority.setItemLabelGenerator(UiTexts::label);
        priority.addClassName("plan-priority-field");
        notes.setLabel(getTranslation("outreach.field.notes"));
        notes.setMinRows(2);
        notes.setMaxRows(8);

        bindFields();
        binder.readBean(initial);
        typed = UnsavedInput.of(name, officer, priority, startsOn, targetOn, notes).baseline();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(name, 2);
        form.add(officer, priority);
        form.add(startsOn, targetOn);
        form.add(notes, 2);
        add(staleNotice, unsaved, form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        save.setText(getTranslation(existing == null ? "outreach.plan.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-plan");
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    private void bindFields() {
        binder.forField(name).asRequired(getTranslation("outreach.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", NAME_LENGTH), 0,
                        NAME_LENGTH))
                .bind(PlanForm::getName, PlanForm::setName);
        binder.forField(officer).asRequired(getTranslation("outreach.error.officer-required"))
                .bind(PlanForm::getOfficer, PlanForm::setOfficer);
        binder.forField(startsOn).asRequired(getTranslation("error.required"))
                .bind(PlanForm::getStartsOn, PlanForm::setStartsOn);
        Binding<PlanForm, LocalDate> target = binder.forField(targetOn).asRequired(getTranslation("error.required"))
                .withValidator(date -> startsOn.getValue() == null || !date.isBefore(startsOn.getValue()),
                        getTranslation("outreach.error.target-before-start"))
                .bind(PlanForm::getTargetOn, PlanForm::setTargetOn);
        // moving the start can settle (or break) the target date's check
        startsOn.addValueChangeListener(change -> {
            if (targetOn.getValue() != null) {
                target.validate();
            }
        });
        binder.forField(priority).asRequired(getTranslation("error.required"))
                .bind(PlanForm::getPriority, PlanForm::setPriority);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", NOTES_LENGTH), 0,
                        NOTES_LENGTH))
                .bind(PlanForm::getNotes, PlanForm::setNotes);
    }

    private void save() {
        PlanForm form = new PlanForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        OutreachPlanDraft draft = form.toDraft();
        try {
            OutreachPlanDetails saved = existing == null ? outreach.create(campaignId, draft)
                    : outreach.update(existing.id(), existing.version(), draft);
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            staleNotice.show(stale, this::reloadKeepingInput);
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, Map.of("name", name, "officer", officer, "startsOn", startsOn,
                    "targetOn", targetOn, "priority", priority, "notes", notes));
        }
    }

    /** Opens the saved version in a fresh form, with what was typed here listed beside it. */
    private void reloadKeepingInput() {
        if (existing == null) {
            return;
        }
        List<UnsavedInput.Entry> changes = typed.changes();
        outreach.find(existing.id()).ifPresent(fresh -> {
            close();
            reload.run();
            PlanDialog again = forExisting(outreach, staff, fresh, onSaved, reload);
            again.unsaved.show(changes);
            again.open();
        });
    }

    /** The dialog's values, for the binder. */
    static final class PlanForm {
        private String name = "";
        private @Nullable StaffMember officer;
        private @Nullable LocalDate startsOn;
        private @Nullable LocalDate targetOn;
        private @Nullable OutreachPriority priority;
        private String notes = "";

        OutreachPlanDraft toDraft() {
            return new OutreachPlanDraft(name, officer == null ? -1 : officer.id(),
                    startsOn == null ? LocalDate.now() : startsOn, targetOn == null ? LocalDate.now() : targetOn,
                    priority == null ? OutreachPriority.MEDIUM : priority, notes);
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        @Nullable StaffMember getOfficer() {
            return officer;
        }

        void setOfficer(@Nullable StaffMember officer) {
            this.officer = officer;
        }

        @Nullable LocalDate getStartsOn() {
            return startsOn;
        }

        void setStartsOn(@Nullable LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        @Nullable LocalDate getTargetOn() {
            return targetOn;
        }

        void setTargetOn(@Nullable LocalDate targetOn) {
            this.targetOn = targetOn;
        }

        @Nullable OutreachPriority getPriority() {
            return priority;
        }

        void setPriority(@Nullable OutreachPriority priority) {
            this.priority = priority;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
