package org.interlocutor.country.ui;

import org.interlocutor.shared.ui.StaleNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.interlocutor.country.CountryChanges;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;

/** An administrator corrects a country's reference data: names, regional group, Rome Statute status and dates. */
class CountryDialog extends Dialog {

    private final transient CountryService countries;
    private final CountryRow existing;
    private final SerializableConsumer<CountryRow> onSaved;
    private final SerializableRunnable reload;

    final TextField nameEn = new TextField();
    final TextField nameFr = new TextField();
    final Select<RegionalGroup> regionalGroup = new Select<>();
    final Select<RomeStatuteStatus> romeStatus = new Select<>();
    final DatePicker signedOn = new DatePicker();
    final DatePicker ratifiedOn = new DatePicker();
    final DatePicker inForceOn = new DatePicker();
    final DatePicker withdrawalNotifiedOn = new DatePicker();
    final DatePicker withdrawalEffectiveOn = new DatePicker();
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final Binder<CountryForm> binder = new Binder<>();
    private final UnsavedInput typed;

    CountryDialog(CountryService countries, CountryRow existing, SerializableConsumer<CountryRow> onSaved,
                  SerializableRunnable onReload) {
        this.countries = countries;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = onReload;
        addClassNames("record-dialog", "country-dialog");
        setHeaderTitle(getTranslation("country.edit.title", existing.name(getLocale())));
        setWidth("40rem");
        setMaxWidth("100%");

        nameEn.setLabel(getTranslation("country.field.name-en"));
        nameFr.setLabel(getTranslation("country.field.name-fr"));
        regionalGroup.setLabel(getTranslation("country.field.regional-group"));
        regionalGroup.setItems(RegionalGroup.values());
        regionalGroup.setEmptySelectionAllowed(true);
        regionalGroup.setEmptySelectionCaption(getTranslation("country.none"));
        regionalGroup.setItemLabelGenerator(value -> value == null ? getTranslation("country.none")
                : UiTexts.label(value));
        romeStatus.setLabel(getTranslation("country.field.rome-status"));
        romeStatus.setItems(RomeStatuteStatus.values());
        romeStatus.setItemLabelGenerator(UiTexts::label);
        localize(signedOn, "country.field.signed-on");
        localize(ratifiedOn, "country.field.ratified-on");
        localize(inForceOn, "country.field.in-force-on");
        localize(withdrawalNotifiedOn, "country.field.withdrawal-notified-on");
        localize(withdrawalEffectiveOn, "country.field.withdrawal-effective-on");

        bindFields();
        binder.readBean(CountryForm.of(existing));
        typed = UnsavedInput.of(nameEn, nameFr, regionalGroup, romeStatus, signedOn, ratifiedOn, inForceOn,
                withdrawalNotifiedOn, withdrawalEffectiveOn).baseline();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.add(nameEn, nameFr, regionalGroup, romeStatus, signedOn, ratifiedOn, inForceOn);
        form.add(new Div(), withdrawalNotifiedOn, withdrawalEffectiveOn);

        add(staleNotice, unsaved, form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-country");
        getFooter().add(cancel, save);
    }

    private void localize(DatePicker picker, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        DatePickers.localized(picker);
    }

    private void bindFields() {
        binder.forField(nameEn).asRequired(getTranslation("country.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 100), 0, 100))
                .bind(CountryForm::getNameEn, CountryForm::setNameEn);
        binder.forField(nameFr).asRequired(getTranslation("country.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 100), 0, 100))
                .bind(CountryForm::getNameFr, CountryForm::setNameFr);
        binder.forField(regionalGroup).bind(CountryForm::getRegionalGroup, CountryForm::setRegionalGroup);
        binder.forField(romeStatus).asRequired(getTranslation("error.required"))
                .bind(CountryForm::getRomeStatus, CountryForm::setRomeStatus);
        binder.forField(signedOn).bind(CountryForm::getSignedOn, CountryForm::setSignedOn);
        binder.forField(ratifiedOn).bind(CountryForm::getRatifiedOn, CountryForm::setRatifiedOn);
        binder.forField(inForceOn).bind(CountryForm::getInForceOn, CountryForm::setInForceOn);
        binder.forField(withdrawalNotifiedOn)
                .bind(CountryForm::getWithdrawalNotifiedOn, CountryForm::setWithdrawalNotifiedOn);
        binder.forField(withdrawalEffectiveOn)
                .bind(CountryForm::getWithdrawalEffectiveOn, CountryForm::setWithdrawalEffectiveOn);
    }

    private void save() {
        CountryForm form = new CountryForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            CountryRow saved = countries.update(existing.code(), form.toChanges(existing.version()));
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            showStaleNotice(stale);
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, Map.of("nameEn", nameEn, "nameFr", nameFr, "ratifiedOn", ratifiedOn,
                    "inForceOn", inForceOn, "withdrawalEffectiveOn", withdrawalEffectiveOn));
        }
    }

    /**
     * Someone corrected this country meanwhile: keep what was typed, and offer to load their version, which opens in
     * a fresh form with what was typed listed beside it.
     */
    private void showStaleNotice(StaleRecordException stale) {
        staleNotice.show(stale, () -> {
            List<UnsavedInput.Entry> changes = typed.changes();
            countries.find(existing.code()).ifPresent(fresh -> {
                close();
                reload.run();
                CountryDialog again = new CountryDialog(countries, fresh, onSaved, reload);
                again.unsaved.show(changes);
                again.open();
            });
        });
    }

    /** The dialog's values, for the binder. */
    static final class CountryForm {
        private String nameEn = "";
        private String nameFr = "";
        private @Nullable RegionalGroup regionalGroup;
        private RomeStatuteStatus romeStatus = RomeStatuteStatus.NON_PARTY;
        private @Nullable LocalDate signedOn;
        private @Nullable LocalDate ratifiedOn;
        private @Nullable LocalDate inForceOn;
        private @Nullable LocalDate withdrawalNotifiedOn;
        private @Nullable LocalDate withdrawalEffectiveOn;

        static CountryForm of(CountryRow row) {
            CountryForm form = new CountryForm();
            form.nameEn = row.nameEn();
            form.nameFr = row.nameFr();
            form.regionalGroup = row.regionalGroup();
            form.romeStatus = row.romeStatus();
            form.signedOn = row.signedOn();
            form.ratifiedOn = row.ratifiedOn();
            form.inForceOn = row.inForceOn();
            form.withdrawalNotifiedOn = row.withdrawalNotifiedOn();
            form.withdrawalEffectiveOn = row.withdrawalEffectiveOn();
            return form;
        }

        CountryChanges toChanges(long version) {
            return new CountryChanges(nameEn, nameFr, regionalGroup, romeStatus, signedOn, ratifiedOn, inForceOn,
                    withdrawalNotifiedOn, withdrawalEffectiveOn, version);
        }

        String getNameEn() {
            return nameEn;
        }

        void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        String getNameFr() {
            return nameFr;
        }

        void setNameFr(String nameFr) {
            this.nameFr = nameFr;
        }

        @Nullable RegionalGroup getRegionalGroup() {
            return regionalGroup;
        }

        void setRegionalGroup(@Nullable RegionalGroup regionalGroup) {
            this.regionalGroup = regionalGroup;
        }

        RomeStatuteStatus getRomeStatus() {
            return romeStatus;
        }

        void setRomeStatus(RomeStatuteStatus romeStatus) {
            this.romeStatus = romeStatus;
        }

        @Nullable LocalDate getSignedOn() {
            return signedOn;
        }

        void setSignedOn(@Nullable LocalDate signedOn) {
            this.signedOn = signedOn;
        }

        @Nullable LocalDate getRatifiedOn() {
            return ratifiedOn;
        }

        void setRatifiedOn(@Nullable LocalDate ratifiedOn) {
            this.ratifiedOn = ratifiedOn;
        }

        @Nullable LocalDate getInForceOn() {
            return inForceOn;
        }

        void setInForceOn(@Nullable LocalDate inForceOn) {
            this.inForceOn = inForceOn;
        }

        @Nullable LocalDate getWithdrawalNotifiedOn() {
            return withdrawalNotifiedOn;
        }

        void setWithdrawalNotifiedOn(@Nullable LocalDate withdrawalNotifiedOn) {
            this.withdrawalNotifiedOn = withdrawalNotifiedOn;
        }

        @Nullable LocalDate getWithdrawalEffectiveOn() {
            return withdrawalEffectiveOn;
        }

        void setWithdrawalEffectiveOn(@Nullable LocalDate withdrawalEffectiveOn) {
            this.withdrawalEffectiveOn = withdrawalEffectiveOn;
        }
    }
}
