package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.ui.CampaignPicker;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.ConstraintMessages;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Logs an engagement, or edits one: what it was, who took part, when and where, what was said and agreed, and the
 * follow-ups, in one form an officer can fill with the keyboard alone right after a meeting. Ctrl+Enter saves,
 * Escape closes (asking first when something was typed), Enter never saves half a form. The sensitivity is never
 * left below the most sensitive participant's, and says why when it was raised.
 */
class LogEngagementDialog extends Dialog {

    /** The services the form reads and writes through. */
    record Services(EngagementService engagements, ContactService contacts, OrganizationService organizations,
                    StaffDirectory staff, CampaignService campaigns, Clock clock) {
    }

    /**
     * What a new engagement starts with: the contact or organisation whose page it was logged from, and the campaign
     * when it was logged for one (from an outreach plan).
     */
    record Preset(List<ContactRow> participants, List<OrganizationRow> organizations, List<CampaignRow> campaigns) {

        static final Preset NONE = new Preset(List.of(), List.of(), List.of());

        Preset(List<ContactRow> participants, List<OrganizationRow> organizations) {
            this(participants, organizations, List.of());
        }
    }

    private static final Duration TIME_STEP = Duration.ofMinutes(15);
    private static final Pattern FOLLOW_UP_PATH = Pattern.compile("followUps\\[(\\d+)\\]\\.?(\\w*)");

    private final transient Services services;
    private final @Nullable StaffMember me;
    private final @Nullable EngagementDetails existing;
    private final SerializableConsumer<EngagementDetails> onSaved;
    private final ZoneId zone;
    private Sensitivity chosenSensitivity = Sensitivity.NORMAL;
    private Sensitivity minimumSensitivity = Sensitivity.NORMAL;
    private String textWhenOpened = "";
    private final UnsavedInput typed;

    final TextField title = new TextField();
    final MultiSelectComboBox<ContactRow> participants = new MultiSelectComboBox<>();
    final MultiSelectComboBox<OrganizationRow> organizations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<StaffMember> staffPresent = new MultiSelectComboBox<>();
    final Select<EngagementKind> kind = new Select<>();
    final TextField place = new TextField();
    final DateTimePicker startedAt = new DateTimePicker();
    final DateTimePicker endedAt = new DateTimePicker();
    final TextArea notes = new TextArea();
    final TextArea outcome = new TextArea();
    final FollowUpsEditor followUps;
    final CampaignPicker campaigns;
    final Select<Sensitivity> sensitivity = new Select<>();
    final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    final Button save = new Button();
    final Button cancel = new Button();

    static LogEngagementDialog forNew(Services services, @Nullable StaffMember me, Preset preset,
                                      SerializableConsumer<EngagementDetails> onSaved) {
        return new LogEngagementDialog(services, me, null, preset, onSaved);
    }

    static LogEngagementDialog forExisting(Services services, @Nullable StaffMember me, EngagementDetails existing,
                                           SerializableConsumer<EngagementDetails> onSaved) {
        return new LogEngagementDialog(services, me, existing, Preset.NONE, onSaved);
    }

    private LogEngagementDialog(Services services, @Nullable StaffMember me, @Nullable EngagementDetails existing,
                                Preset preset, SerializableConsumer<EngagementDetails> onSaved) {
        this.services = services;
        this.me = me;
        this.existing = existing;
        this.onSaved = onSaved;
        this.zone = Formats.zone();
        this.followUps = new FollowUpsEditor(services.staff(), me, () -> LocalDate.now(services.clock().withZone(zone)),
                existing == null ? List.of() : existing.followUps());
        this.campaigns = new CampaignPicker(getTranslation("logging.campaigns"), services.campaigns());
        campaigns.setPlaceholder(getTranslation("logging.campaigns-placeholder"));
        addClassName("log-engagement-dialog");
        setHeaderTitle(getTranslation(existing == null ? "logging.title.new" : "logging.title.edit"));
        setWidth("min(58rem, 96vw)");
        setCloseOnOutsideClick(false);
        // the screen behind ignores requests while it is open (Alt+L does not open a second one)
        setModality(ModalityMode.STRICT);
        configureFields();

        add(staleNotice, unsaved, whatAndWho(), whenAndWhere(), said(), agreed(), filing());
        getHeader().add(closeButton());
        getFooter().add(footer());

        if (existing == null) {
            showNew(preset);
        } else {
            show(existing);
        }
        textWhenOpened = typedText();
        typed = UnsavedInput.of(title, participants, organizations, staffPresent, kind, place, startedAt, endedAt,
                notes, outcome)
                .with(getTranslation("logging.section.follow-ups"), followUps::typedText)
                .and(campaigns, sensitivity)
                .baseline();
        addDialogCloseActionListener(escapeOrClose -> closeAsking());
    }

    // ---- fields --------------------------------------------------------------------------------------------

    private void configureFields() {
        title.setLabel(getTranslation("logging.field.title"));
        title.setPlaceholder(getTranslation("logging.field.title-placeholder"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        title.setAutofocus(true);
        title.addClassName("engagement-title");

        participants.setLabel(getTranslation("logging.field.participants"));
        participants.setPlaceholder(getTranslation("logging.field.participants-placeholder"));
        participants.setItemsPageable((pageable, text) -> services.contacts().suggest(text, pageable))
                .setIdentifierProvider(ContactRow::id);
        participants.setItemLabelGenerator(LogEngagementDialog::participantLabel);
        participants.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        participants.addClassName("participants");
        participants.addValueChangeListener(change -> participantsChanged());

        organizations.setLabel(getTranslation("logging.field.organizations"));
        organizations.setPlaceholder(getTranslation("logging.field.organizations-placeholder"));
        organizations.setItemsPageable((pageable, text) -> services.organizations().suggest(text, pageable))
                .setIdentifierProvider(OrganizationRow::id);
        organizations.setItemLabelGenerator(OrganizationRow::displayName);
        organizations.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        organizations.addClassName("organizations");

        staffPresent.setLabel(getTranslation("logging.field.staff"));
        staffPresent.setItemsPageable((pageable, text) -> services.staff().search(text,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName"))))
                .setIdentifierProvider(StaffMember::id);
        staffPresent.setItemLabelGenerator(StaffMember::displayName);
        staffPresent.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        staffPresent.addClassName("staff-present");

        kind.setLabel(getTranslation("logging.field.kind"));
        kind.setItems(EngagementKind.values());
        kind.setItemLabelGenerator(UiTexts::label);
        kind.addClassName("engagement-kind");
        place.setLabel(getTranslation("logging.field.place"));
        place.setPlaceholder(getTranslation("logging.field.place-placeholder"));
        place.setMaxLength(300);
        place.addClassName("engagement-place");

        for (DateTimePicker picker : List.of(startedAt, endedAt)) {
            picker.setLocale(getLocale());
            DatePickers.localized(picker);
            picker.setStep(TIME_STEP);
            picker.setDateAriaLabel(getTranslation("logging.field.date"));
            picker.setTimeAriaLabel(getTranslation("logging.field.time"));
            picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setBadInputErrorMessage(getTranslation("logging.error.bad-date-time"))
                    .setIncompleteInputErrorMessage(getTranslation("logging.error.incomplete-date-time")));
        }
        startedAt.setLabel(getTranslation("logging.field.started"));
        startedAt.setRequiredIndicatorVisible(true);
        startedAt.addClassName("engagement-start");
        endedAt.setLabel(getTranslation("logging.field.ended"));
        endedAt.addClassName("engagement-end");

        notes.setLabel(getTranslation("logging.field.notes"));
        notes.setPlaceholder(getTranslation("logging.field.notes-placeholder"));
        notes.setMaxLength(10000);
        notes.addClassName("engagement-notes");
        outcome.setLabel(getTranslation("logging.field.outcome"));
        outcome.setPlaceholder(getTranslation("logging.field.outcome-placeholder"));
        outcome.setMaxLength(2000);
        outcome.addClassName("engagement-outcome");

        sensitivity.setLabel(getTranslation("logging.field.sensitivity"));
        sensitivity.setItems(Sensitivity.values());
        sensitivity.setItemLabelGenerator(UiTexts::label);
        sensitivity.addClassName("engagement-sensitivity");
        sensitivity.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chosenSensitivity = change.getValue();
                applySensitivityFloor();
            }
        });
    }

    static String participantLabel(ContactRow contact) {
        return contact.organizationName() == null || contact.organizationName().isBlank() ? contact.displayName()
                : contact.displayName() + " · " + contact.organizationName();
    }

    private Div whatAndWho() {
        FormLayout form = form();
        form.add(title, 2);
        form.add(participants, 2);
        form.add(organizations, staffPresent);
        return section(null, form, "what-and-who");
    }

    private Div whenAndWhere() {
        FormLayout form = form();
        form.add(kind, place, startedAt, endedAt);
        return section("logging.section.when", form, "when-and-where");
    }

    private Div said() {
        FormLayout form = form();
        form.add(notes, 2);
        form.add(outcome, 2);
        return section("logging.section.said", form, "said");
    }

    private Div agreed() {
        return section("logging.section.follow-ups", followUps, "agreed");
    }

    private Div filing() {
        FormLayout form = form();
        form.add(campaigns, sensitivity);
        return section("logging.section.filing", form, "filing");
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private Div section(@Nullable String titleKey, com.vaadin.flow.component.Component content, String className) {
        Div section = new Div();
        section.addClassNames("form-section", className);
        if (titleKey != null) {
            section.add(new H3(getTranslation(titleKey)));
        }
        section.add(content);
        return section;
    }

    private Button closeButton() {
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> closeAsking());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(getTranslation("logging.close"));
        close.setTooltipText(getTranslation("logging.close"));
        close.addClassName("close-dialog");
        return close;
    }

    private Div footer() {
        Span hint = new Span(getTranslation("logging.keyboard-hint"));
        hint.addClassNames("keyboard-hint", "muted");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> closeAsking());
        cancel.addClassName("cancel-engagement");
        save.setText(getTranslation(existing == null ? "logging.save.new" : "action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-engagement");
        save.addClickListener(click -> save());
        // Ctrl+Enter (Cmd+Enter on a Mac) saves from any field; a plain Enter never does
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        save.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(this).resetFocusOnActiveElement();
        save.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        Div footer = new Div(hint, cancel, save);
        footer.addClassName("log-engagement-footer");
        return footer;
    }

    // ---- showing ---------------------------------------------------------------------------------------------

    private void showNew(Preset preset) {
        kind.setValue(EngagementKind.MEETING);
        startedAt.setValue(roundedToQuarter(services.clock().instant(), zone));
        if (me != null) {
            staffPresent.setValue(Set.of(me));
        }
        participants.setValue(new LinkedHashSet<>(preset.participants()));
        organizations.setValue(new LinkedHashSet<>(preset.organizations()));
        campaigns.setValue(new LinkedHashSet<>(preset.campaigns()));
        chosenSensitivity = Sensitivity.NORMAL;
        participantsChanged();
    }

    private void show(EngagementDetails details) {
        EngagementRow row = details.row();
        title.setValue(row.title());
        kind.setValue(row.kind());
        place.setValue(orEmpty(row.place()));
        startedAt.setValue(LocalDateTime.ofInstant(row.startedAt(), zone));
        endedAt.setValue(row.endedAt() == null ? null : LocalDateTime.ofInstant(row.endedAt(), zone));
        notes.setValue(orEmpty(row.notes()));
        outcome.setValue(orEmpty(row.outcome()));
        participants.setValue(new LinkedHashSet<>(details.participants()));
        organizations.setValue(new LinkedHashSet<>(details.organizations()));
        staffPresent.setValue(new LinkedHashSet<>(details.staff()));
        campaigns.setValue(new LinkedHashSet<>(details.campaigns()));
        chosenSensitivity = row.sensitivity();
        participantsChanged();
    }

    /** Now, to the nearest quarter of an hour, in the person's time zone: when a meeting just logged began. */
    static LocalDateTime roundedToQuarter(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        long quarters = Math.round(local.getMinute() / 15.0);
        return local.withMinute(0).plusMinutes(quarters * 15);
    }

    private void participantsChanged() {
        followUps.setParticipants(participants.getValue().stream()
                .sorted(Comparator.comparing(ContactRow::familyName, String.CASE_INSENSITIVE_ORDER)).toList());
        applySensitivityFloor();
    }

    /**
     * Keeps the sensitivity at least the most sensitive participant's: lower choices are disabled, the value is
     * raised (and lowered back to what the person chose when that participant is removed), and the helper text
     * names who imposes it.
     */
    private void applySensitivityFloor() {
        minimumSensitivity = participants.getValue().stream().map(ContactRow::sensitivity)
                .reduce(Sensitivity.NORMAL, (a, b) -> a.atLeast(b) ? a : b);
        Sensitivity floor = minimumSensitivity;
        sensitivity.setItemEnabledProvider(option -> option != null && option.atLeast(floor));
        sensitivity.setValue(chosenSensitivity.atLeast(floor) ? chosenSensitivity : floor);
        if (floor == Sensitivity.NORMAL) {
            sensitivity.setHelperText(getTranslation("logging.sensitivity.help"));
            sensitivity.removeClassName("raised");
        } else {
            String who = participants.getValue().stream().filter(contact -> contact.sensitivity() == floor)
                    .map(ContactRow::displayName).sorted().collect(Collectors.joining(", "));
            sensitivity.setHelperText(getTranslation("logging.sensitivity.raised", UiTexts.label(floor), who));
            sensitivity.addClassName("raised");
        }
    }

    Sensitivity minimumSensitivity() {
        return minimumSensitivity;
    }

    // ---- saving ----------------------------------------------------------------------------------------------

    private void save() {
        clearErrors();
        if (!requiredFilled()) {
            return;
        }
        EngagementDraft draft = draft();
        try {
            EngagementDetails saved = existing == null ? services.engagements().create(draft)
                    : services.engagements().update(existing.id(), existing.version(), draft);
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            staleNotice.show(stale, this::reload);
        } catch (ConstraintViolationException invalid) {
            showViolations(invalid.getConstraintViolations());
        } catch (InvalidFieldException refused) {
            if ("assignee".equals(refused.field())) {
                followUps.showAssigneeError(UiTexts.message(refused));
            } else {
                FieldErrors.show(refused, fieldsByName());
            }
        } catch (UserFacingException refused) {
            Notifications.error(UiTexts.message(refused));
        }
    }

    /**
     * Someone else saved the engagement meanwhile: this form closes and one with their version opens, listing what
     * was typed here so that it can be copied over.
     */
    private void reload() {
        if (existing == null) {
            return;
        }
        List<UnsavedInput.Entry> changes = typed.changes();
        services.engagements().find(existing.id()).ifPresentOrElse(
                fresh -> {
                    close();
                    LogEngagementDialog again = forExisting(services, me, fresh, onSaved);
                    again.unsaved.show(changes);
                    again.open();
                },
                () -> Notifications.error(getTranslation("logging.gone")));
    }

    private boolean requiredFilled() {
        boolean ok = true;
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("error.required"));
            title.setInvalid(true);
            ok = false;
        }
        if (startedAt.getValue() == null) {
            if (!startedAt.isInvalid()) {
                startedAt.setErrorMessage(getTranslation("error.required"));
                startedAt.setInvalid(true);
            }
            ok = false;
        }
        if (endedAt.isInvalid()) {
            ok = false;
        }
        ok &= followUps.checkRequired();
        if (!ok) {
            focusFirstInvalid();
        }
        return ok;
    }

    private void focusFirstInvalid() {
        if (title.isInvalid()) {
            title.focus();
        } else if (startedAt.isInvalid()) {
            startedAt.focus();
        } else if (endedAt.isInvalid()) {
            endedAt.focus();
        }
    }

    private EngagementDraft draft() {
        LocalDateTime end = endedAt.getValue();
        return new EngagementDraft(kind.getValue() == null ? EngagementKind.MEETING : kind.getValue(),
                toInstant(startedAt.getValue()), end == null ? null : toInstant(end), blankToNull(place.getValue()),
                title.getValue().strip(), blankToNull(notes.getValue()), blankToNull(outcome.getValue()),
                ids(participants.getValue(), ContactRow::id), ids(organizations.getValue(), OrganizationRow::id),
                ids(staffPresent.getValue(), StaffMember::id), ids(campaigns.getValue(), CampaignRow::id),
                sensitivity.getValue() == null ? Sensitivity.NORMAL : sensitivity.getValue(), followUps.drafts());
    }

    private Instant toInstant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private static <T> Set<Long> ids(Collection<T> items, ToLongFunction<T> id) {
        return items.stream().map(item -> id.applyAsLong(item)).collect(Collectors.toSet());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The fields by the names the service and Bean Validation give them. */
    private Map<String, HasValidation> fieldsByName() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("place", place);
        fields.put("notes", notes);
        fields.put("outcome", outcome);
        fields.put("kind", kind);
        fields.put("startedAt", startedAt);
        fields.put("endedAt", endedAt);
        fields.put("participants", participants);
        fields.put("participantIds", participants);
        fields.put("organizations", organizations);
        fields.put("organizationIds", organizations);
        fields.put("staff", staffPresent);
        fields.put("staffIds", staffPresent);
        fields.put("campaigns", campaigns);
        fields.put("campaignIds", campaigns);
        fields.put("sensitivity", sensitivity);
        fields.put("followUps", followUps);
        return fields;
    }

    private void showViolations(Set<ConstraintViolation<?>> violations) {
        Map<String, HasValidation> fields = fieldsByName();
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String message = ConstraintMessages.of(violation);
            Matcher followUp = FOLLOW_UP_PATH.matcher(path);
            if (followUp.find()) {
                followUps.showLineError(Integer.parseInt(followUp.group(1)), followUp.group(2), message);
                continue;
            }
            String property = path.substring(path.lastIndexOf('.') + 1);
            HasValidation target = fields.get(property);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private void clearErrors() {
        fieldsByName().forEach((name, field) -> {
            // a date and time picker holding unreadable input keeps saying so
            if (!(field instanceof DateTimePicker picker) || picker.getValue() != null) {
                field.setInvalid(false);
            }
        });
        followUps.clearErrors();
        staleNotice.setVisible(false);
    }

    // ---- closing ---------------------------------------------------------------------------------------------

    /** The words typed into the form, to tell whether closing it would lose something. */
    private String typedText() {
        return String.join("\n", title.getValue().strip(), place.getValue().strip(), notes.getValue().strip(),
                outcome.getValue().strip(), followUps.typedText());
    }

    /** Escape, the close button and Cancel: close at once, or ask first when typed text would be lost. */
    void closeAsking() {
        if (typedText().equals(textWhenOpened)) {
            close();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("discard-engagement");
        confirm.setHeader(getTranslation(existing == null ? "logging.discard.title.new"
                : "logging.discard.title.edit"));
        confirm.setText(getTranslation("logging.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("logging.discard.keep"));
        confirm.setConfirmText(getTranslation("logging.discard.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> close());
        confirm.open();
    }
}
