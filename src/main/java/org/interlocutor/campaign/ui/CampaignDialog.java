package org.interlocutor.campaign.ui;

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
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;

/** Creates a campaign, or edits one. */
class CampaignDialog extends Dialog {

    private static final int NAME_LENGTH = 200;
    private static final int TEXT_LENGTH = 4000;

    private final transient CampaignService campaigns;
    private final @Nullable CampaignDetails existing;
    private final SerializableConsumer<CampaignDetails> onSaved;
    private final SerializableRunnable reload;

    final TextField name = new TextField();
    final Select<CampaignStatus> status = new Select<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea description = new TextArea();
    final TextArea objectives = new TextArea();
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final Binder<CampaignForm> binder = new Binder<>();
    private final UnsavedInput typed;

    /** A new campaign, planned until someone says it has started. */
    static CampaignDialog forNew(CampaignService campaigns, SerializableConsumer<CampaignDetails> onCreated) {
        CampaignForm form = new CampaignForm();
        form.status = CampaignStatus.PLANNED;
        return new CampaignDialog(campaigns, null, form, onCreated, () -> { }, "campaigns.new", "");
    }

    static CampaignDialog forExisting(CampaignService campaigns, CampaignDetails details,
                                      SerializableConsumer<CampaignDetails> onSaved, SerializableRunnable onReload) {
        return new CampaignDialog(campaigns, details, CampaignForm.of(details), onSaved, onReload,
                "campaign.edit.title", details.name());
    }

    private CampaignDialog(CampaignService campaigns, @Nullable CampaignDetails existing, CampaignForm initial,
                           SerializableConsumer<CampaignDetails> onSaved, SerializableRunnable onReload,
                           String titleKey, String titleArgument) {
        this.campaigns = campaigns;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = onReload;
        addClassNames("record-dialog", "campaign-dialog");
        setHeaderTitle(getTranslation(titleKey, titleArgument));
        setWidth("42rem");
        setMaxWidth("100%");

        name.setLabel(getTranslation("campaign.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(NAME_LENGTH);
        status.setLabel(getTranslation("campaign.field.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(UiTexts::label);
        status.setRequiredIndicatorVisible(true);
        startsOn.setLabel(getTranslation("campaign.field.starts-on"));
        endsOn.setLabel(getTranslation("campaign.field.ends-on"));
        DatePickers.localized(startsOn);
        DatePickers.localized(endsOn);
        description.setLabel(getTranslation("campaign.field.description"));
        description.setHelperText(getTranslation("campaign.field.description-help"));
        description.setMinRows(3);
        description.setMaxRows(8);
        objectives.setLabel(getTranslation("campaign.field.objectives"));
        objectives.setHelperText(getTranslation("campaign.field.objectives-help"));
        objectives.setMinRows(3);
        objectives.setMaxRows(10);

        bindFields();
        binder.readBean(initial);
        typed = UnsavedInput.of(name, status, startsOn, endsOn, description, objectives).baseline();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(name, 2);
        form.add(status, 2);
        form.add(startsOn, endsOn);
        form.add(description, 2);
        form.add(objectives, 2);

        add(staleNotice, unsaved, form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation(existing == null ? "campaign.create" : "action.save"),
                click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-campaign");
        getFooter().add(cancel, save);
    }

    private void bindFields() {
        binder.forField(name).asRequired(getTranslation("campaign.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", NAME_LENGTH), 0,
                        NAME_LENGTH))
                .bind(CampaignForm::getName, CampaignForm::setName);
        binder.forField(status).asRequired(getTranslation("error.required"))
                .bind(CampaignForm::getStatus, CampaignForm::setStatus);
        binder.forField(startsOn).bind(CampaignForm::getStartsOn, CampaignForm::setStartsOn);
        Binding<CampaignForm, LocalDate> end = binder.forField(endsOn)
                .withValidator(date -> date == null || startsOn.getValue() == null
                        || !date.isBefore(startsOn.getValue()), getTranslation("error.dates-out-of-order"))
                .bind(CampaignForm::getEndsOn, CampaignForm::setEndsOn);
        // moving the start can settle (or break) the end's check
        startsOn.addValueChangeListener(change -> {
            if (endsOn.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", TEXT_LENGTH), 0,
                        TEXT_LENGTH))
                .bind(CampaignForm::getDescription, CampaignForm::setDescription);
        binder.forField(objectives)
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", TEXT_LENGTH), 0,
                        TEXT_LENGTH))
                .bind(CampaignForm::getObjectives, CampaignForm::setObjectives);
    }

    private void save() {
        CampaignForm form = new CampaignForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        CampaignDraft draft = form.toDraft();
        try {
            CampaignDetails saved = existing == null ? campaigns.create(draft)
                    : campaigns.update(existing.id(), existing.version(), draft);
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            showStaleNotice(stale);
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, Map.of("name", name, "status", status, "startsOn", startsOn,
                    "endsOn", endsOn, "description", description, "objectives", objectives));
        }
    }

    /**
     * Someone saved this campaign meanwhile: keep what was typed, and offer to load their version, which opens in a
     * fresh form with what was typed listed beside it.
     */
    private void showStaleNotice(StaleRecordException stale) {
        staleNotice.show(stale, () -> {
            if (existing == null) {
                return;
            }
            List<UnsavedInput.Entry> changes = typed.changes();
            campaigns.find(existing.id()).ifPresent(fresh -> {
                close();
                reload.run();
                CampaignDialog again = forExisting(campaigns, fresh, onSaved, reload);
                again.unsaved.show(changes);
                again.open();
            });
        });
    }

    /** The dialog's values, for the binder. */
    static final class CampaignForm {
        private String name = "";
        private @Nullable CampaignStatus status;
        private @Nullable LocalDate startsOn;
        private @Nullable LocalDate endsOn;
        private String description = "";
        private String objectives = "";

        static CampaignForm of(CampaignDetails details) {
            CampaignForm form = new CampaignForm();
            form.name = details.name();
            form.status = details.status();
            form.startsOn = details.startsOn();
            form.endsOn = details.endsOn();
            form.description = details.description() == null ? "" : details.description();
            form.objectives = details.objectives() == null ? "" : details.objectives();
            return form;
        }

        CampaignDraft toDraft() {
            return new CampaignDraft(name, description, objectives, startsOn, endsOn,
                    status == null ? CampaignStatus.PLANNED : status);
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        @Nullable CampaignStatus getStatus() {
            return status;
        }

        void setStatus(@Nullable CampaignStatus status) {
            this.status = status;
        }

        @Nullable LocalDate getStartsOn() {
            return startsOn;
        }

        void setStartsOn(@Nullable LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        @Nullable LocalDate getEndsOn() {
            return endsOn;
        }

        void setEndsOn(@Nullable LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }

        String getObjectives() {
            return objectives;
        }

        void setObjectives(String objectives) {
            this.objectives = objectives;
        }
    }
}
