package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.interlocutor.importexport.DuplicateMode;
import org.interlocutor.importexport.ImportField;
import org.interlocutor.importexport.ImportFile;
import org.interlocutor.importexport.ImportReport;
import org.interlocutor.importexport.ImportRequest;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.importexport.ImportStatus;
import org.interlocutor.importexport.ImportType;
import org.interlocutor.importexport.SheetLayout;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.SizeLimitedUpload;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Importing a spreadsheet, step by step on one page: the kind of records and the file; the sheet and what each
 * column holds; what to do with rows that match existing records; a preview that checks every row and writes
 * nothing; the import itself, with its progress and a way to cancel; and the result, with the rejected rows to
 * download and a way to take the whole import back. The uploaded file is kept (as the engine's temporary copy)
 * from the upload to the import, and deleted when the person leaves or starts over.
 */
@Route(AppRoutes.IMPORT)
@RolesAllowed({"ADMIN", "MANAGER", "OFFICER"})
@Menu(title = "import-wizard.menu", order = 40, icon = "vaadin:upload")
class ImportWizardView extends Main implements HasDynamicTitle {

    /** The wizard's steps, as the indicator at the top names them. */
    enum Step {
        FILE("import-wizard.step.file"),
        COLUMNS("import-wizard.step.columns"),
        OPTIONS("import-wizard.step.options"),
        PREVIEW("import-wizard.step.preview"),
        IMPORT("import-wizard.step.import");

        final String messageKey;

        Step(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** Milliseconds between the browser's polls while an import runs: how often its progress is shown. */
    static final int POLL_MILLIS = 500;

    /** Up to this many outcomes the preview lists them all at full height. */
    static final int SHORT_LIST = 15;

    private final transient ImportService imports;
    private final transient SecurityContextHolderStrategy securityContexts;

    private final Map<Step, ListItem> indicator = new EnumMap<>(Step.class);
    final Div error = new Div();

    // step 1: what and which file
    private final Div filePanel = panel("import-file-step");
    final RadioButtonGroup<ImportType> type = new RadioButtonGroup<>();
    final Upload upload;
    private final Paragraph currentFile = new Paragraph();
    private final Button fileNext = new Button();
    private final Div fileActions = new Div();

    // step 2: the sheet and the columns
    final Div columnsPanel = panel("import-columns-step");
    final Select<String> sheet = new Select<>();
    private final Paragraph headerNote = new Paragraph();
    final ComboBox<String> savedMapping = new ComboBox<>();
    final Button applyMapping = new Button();
    final Button saveMapping = new Button();
    final Grid<Integer> mapping = new Grid<>();

    // step 3: options
    private final Div optionsPanel = panel("import-options-step");
    final RadioButtonGroup<DuplicateMode> mode = new RadioButtonGroup<>();
    final Select<Sensitivity> sensitivity = new Select<>();
    final Checkbox createOrganizations = new Checkbox();
    final Checkbox partial = new Checkbox();

    // running: the check and the import
    final Div runningPanel = panel("import-running-step");
    private final H2 runningTitle = new H2();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button();

    // step 4: preview
    final Div previewPanel = panel("import-preview-step");
    final Paragraph previewMessage = new Paragraph();
    final Div previewCounts = new Div();
    final Paragraph truncatedNote = new Paragraph();
    private final Div previewDownload = new Div();
    final OutcomeGrid outcomes = new OutcomeGrid();
    final Button startImport = new Button();

    // step 5: result
    final Div resultPanel = panel("import-result-step");
    final H2 resultTitle = new H2();
    final Paragraph resultMessage = new Paragraph();
    final Div resultCounts = new Div();
    final Div resultDownload = new Div();
    final Button undo = new Button();

    private @Nullable ImportFile file;
    private @Nullable SheetLayout layout;
    private final Map<Integer, ImportField> fields = new HashMap<>();
    private @Nullable ImportRequest previewed;
    private @Nullable ImportReport preview;
    private @Nullable ImportReport result;
    private @Nullable BackgroundImport running;

    ImportWizardView(ImportService imports, ObjectProvider<SecurityContextHolderStrategy> securityContexts,
                     @Value("${interlocutor.import.max-file-bytes:52428800}") long maxFileBytes) {
        this.imports = imports;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.upload = new Upload(uploadHandler(maxFileBytes));
        addClassNames("view", "import-wizard-view");
        error.addClassNames("notice-error", "import-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        buildFileStep(maxFileBytes);
        buildColumnsStep();
        buildOptionsStep();
        buildRunningStep();
        buildPreviewStep();
        buildResultStep();
        add(header(), error, filePanel, columnsPanel, optionsPanel, runningPanel, previewPanel, resultPanel);
        show(Step.FILE, filePanel);
        addDetachListener(detach -> {
            detach.getUI().setPollInterval(-1);
            discard();
        });
    }

    private Component header() {
        OrderedList steps = new OrderedList();
        steps.addClassName("import-steps");
        for (Step step : Step.values()) {
            ListItem item = new ListItem(getTranslation(step.messageKey));
            indicator.put(step, item);
            steps.add(item);
        }
        RouterLink history = new RouterLink(getTranslation("import-wizard.history"), ImportsView.class);
        history.addClassName("import-history-link");
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Div bar = new Div(steps, spacer, history);
        bar.addClassName("import-wizard-header");
        return bar;
    }

    private static Div panel(String className) {
        Div panel = new Div();
        panel.addClassNames("card", "import-step", className);
        return panel;
    }

    /** Shows one step's panel and marks the steps before it as done. */
    private void show(Step step, Div panel) {
        for (Div each : List.of(filePanel, columnsPanel, optionsPanel, runningPanel, previewPanel, resultPanel)) {
            each.setVisible(each == panel);
        }
        indicator.forEach((each, item) -> {
            item.setClassName("current", each == step);
            item.setClassName("done", each.ordinal() < step.ordinal());
            if (each == step) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
        });
    }

    private Div navigation(Component... buttons) {
        Div bar = new Div(buttons);
        bar.addClassName("import-step-actions");
        return bar;
    }

    private Button back(Runnable action) {
        Button back = new Button(getTranslation("import-wizard.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> {
                    clearError();
                    action.run();
                });
        back.addClassName("import-back");
        return back;
    }

    // ---- step 1: file

    private void buildFileStep(long maxFileBytes) {
        type.setLabel(getTranslation("import-wizard.file.type"));
        type.setItems(ImportType.values());
        type.setItemLabelGenerator(UiTexts::label);
        type.setValue(ImportType.CONTACTS);
        type.addClassName("import-type");
        type.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                type.setValue(change.getOldValue());
            } else if (file != null && layout != null) {
                // the same file read as another kind of record: guess its columns again
                loadLayout(layout.sheet(), Optional.empty());
                refreshSavedMappings();
            }
        });

        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setDropAllowed(true);
        upload.setI18n(uploadTexts());
        upload.addClassName("import-upload");
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));

        Paragraph hint = new Paragraph(getTranslation("import-wizard.file.hint",
                Math.max(1, maxFileBytes / (1024 * 1024))));
        hint.addClassName("import-hint");
        currentFile.addClassName("import-current-file");
        currentFile.setVisible(false);
        fileNext.setText(getTranslation("import-wizard.next"));
        fileNext.setIcon(VaadinIcon.ARROW_RIGHT.create());
        fileNext.setIconAfterText(true);
        fileNext.addThemeVariants(ButtonVariant.PRIMARY);
        fileNext.addClassName("import-next");
        fileNext.addClickListener(click -> {
            clearError();
            if (file != null) {
                show(Step.COLUMNS, columnsPanel);
            }
        });
        fileActions.add(fileNext);
        fileActions.addClassName("import-step-actions");
        fileActions.setVisible(false);
        filePanel.add(new H2(getTranslation("import-wizard.file.title")), type, hint, templateLink(), upload,
                currentFile, fileActions);
    }

    /** The .xlsx to fill in for the kind of record chosen, headed in the person's language. */
    private Anchor templateLink() {
        java.util.Locale locale = getLocale();
        Anchor template = new Anchor((com.vaadin.flow.server.streams.DownloadEvent event) -> {
            ImportType chosen = type.getValue();
            event.setFileName(getTranslation(locale, "import-wizard.template.file-name",
                    getTranslation(locale, chosen.messageKey())) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (java.io.OutputStream out = event.getOutputStream()) {
                imports.writeTemplate(chosen, locale, out);
            }
        }, getTranslation("import-wizard.template"));
        template.addClassName("import-template");
        return template;
    }

    private SizeLimitedUpload uploadHandler(long maxFileBytes) {
        // the browser checks the size too, but only the server's check holds
        return new SizeLimitedUpload(maxFileBytes, this::received, refusal -> {
            showError(refusal);
            upload.clearFileList();
        });
    }

    /** Runs in the UI's lock once the upload is stored: hands the file to the engine, which checks and copies it. */
    private void received(UploadMetadata metadata, File uploaded) {
        clearError();
        try (InputStream content = Files.newInputStream(uploaded.toPath())) {
            ImportFile opened = imports.open(content, metadata.fileName());
            discard();
            file = opened;
            currentFile.setText(getTranslation("import-wizard.file.current", opened.fileName()));
            currentFile.setVisible(true);
            List<String> sheets = opened.sheetNames();
            sheet.setItems(sheets);
            sheet.setVisible(sheets.size() > 1);
            if (sheets.isEmpty()) {
                throw new UserFacingException("importexport.sheet.empty");
            }
            sheet.setValue(sheets.getFirst());
            refreshSavedMappings();
            // with several sheets a first sheet without a header (a cover page, say) is no dead end: choose another
            if (loadLayout(sheets.getFirst(), Optional.empty()) || sheets.size() > 1) {
                fileActions.setVisible(true);
                show(Step.COLUMNS, columnsPanel);
            }
        } catch (UserFacingException refused) {
            showError(UiTexts.message(refused));
            upload.clearFileList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } finally {
            BackgroundImport.deleteQuietly(uploaded.toPath());
        }
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import-wizard.upload.add"))
                .setMany(getTranslation("import-wizard.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import-wizard.upload.drop"))
                .setMany(getTranslation("import-wizard.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("import-wizard.upload.too-many"))
                .setFileIsTooBig(getTranslation("import-wizard.upload.too-big"))
                .setIncorrectFileType(getTranslation("import-wizard.upload.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("import-wizard.upload.connecting"))
                        .setStalled(getTranslation("import-wizard.upload.stalled"))
                        .setProcessing(getTranslation("import-wizard.upload.processing"))
                        .setHeld(getTranslation("import-wizard.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("import-wizard.upload.remaining"))
                        .setUnknown(getTranslation("import-wizard.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("import-wizard.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("import-wizard.upload.server-error"))
                        .setForbidden(getTranslation("import-wizard.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import-wizard.upload.too-big"))));
        texts.setFile(new UploadI18N.File().setRetry(getTranslation("import-wizard.upload.retry"))
                .setStart(getTranslation("import-wizard.upload.start"))
                .setRemove(getTranslation("import-wizard.upload.remove")));
        texts.setUnits(Arrays.stream(getTranslation("import-wizard.upload.units").split(",")).map(String::strip)
                .toList());
        return texts;
    }

    // ---- step 2: sheet and columns

    private void buildColumnsStep() {
        sheet.setLabel(getTranslation("import-wizard.columns.sheet"));
        sheet.addClassName("import-sheet");
        sheet.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                clearError();
                loadLayout(change.getValue(), Optional.empty());
            }
        });
        headerNote.addClassName("import-hint");

        savedMapping.setLabel(getTranslation("import-wizard.columns.saved"));
        savedMapping.setPlaceholder(getTranslation("import-wizard.columns.saved-placeholder"));
        savedMapping.addClassName("saved-mapping");
        savedMapping.setClearButtonVisible(true);
        applyMapping.setText(getTranslation("import-wizard.columns.apply"));
        applyMapping.addClassName("apply-mapping");
        applyMapping.addClickListener(click -> {
            clearError();
            if (savedMapping.getValue() != null && layout != null) {
                loadLayout(layout.sheet(), Optional.of(savedMapping.getValue()));
            }
        });
        applyMapping.setEnabled(false);
        savedMapping.addValueChangeListener(change -> applyMapping.setEnabled(change.getValue() != null));
        saveMapping.setText(getTranslation("import-wizard.columns.save-as"));
        saveMapping.addThemeVariants(ButtonVariant.TERTIARY);
        saveMapping.addClassName("save-mapping");
        saveMapping.addClickListener(click -> openSaveMappingDialog());
        Div mappings = new Div(savedMapping, applyMapping, saveMapping);
        mappings.addClassName("import-mapping-bar");

        mapping.addColumn(this::columnName).setKey("column").setHeader(getTranslation("import-wizard.columns.column"))
                .setAutoWidth(true).setFlexGrow(1);
        mapping.addComponentColumn(this::samples).setKey("samples")
                .setHeader(getTranslation("import-wizard.columns.samples")).setFlexGrow(2);
        mapping.addComponentColumn(this::fieldChooser).setKey("field")
                .setHeader(getTranslation("import-wizard.columns.field")).setAutoWidth(true).setFlexGrow(1);
        mapping.setSelectionMode(Grid.SelectionMode.NONE);
        mapping.setAllRowsVisible(true);
        mapping.addThemeVariants(GridVariant.AURA_WRAP_CELL_CONTENT);
        mapping.addClassName("import-mapping");

        Button next = new Button(getTranslation("import-wizard.next"), VaadinIcon.ARROW_RIGHT.create(),
                click -> columnsChosen());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClassName("import-next");
        columnsPanel.add(new H2(getTranslation("import-wizard.columns.title")), sheet, headerNote, mappings, mapping,
                navigation(back(() -> show(Step.FILE, filePanel)), next));
    }

    /** Finds the header and the columns' fields of a sheet; false (with the reason shown) when it cannot. */
    private boolean loadLayout(String sheetName, Optional<String> saved) {
        ImportFile current = file;
        if (current == null) {
            return false;
        }
        try {
            SheetLayout found = imports.layout(current, sheetName, type.getValue(), saved);
            layout = found;
            fields.clear();
            fields.putAll(found.mapping());
            headerNote.setText(getTranslation("import-wizard.columns.header-row", found.headerRowNumber()));
            mapping.setItems(IntStream.range(0, found.headers().size()).boxed().toList());
            return true;
        } catch (UserFacingException refused) {
            layout = null;
            fields.clear();
            mapping.setItems(List.of());
            headerNote.setText("");
            showError(UiTexts.message(refused));
            return false;
        }
    }

    private String columnName(Integer column) {
        String header = layout == null || column >= layout.headers().size() ? "" : layout.headers().get(column);
        String letter = getTranslation("import-wizard.column.letter", ColumnLetters.of(column));
        return header.isBlank() ? letter : header + " (" + ColumnLetters.of(column) + ")";
    }

    private Component samples(Integer column) {
        Div samples = new Div();
        samples.addClassName("import-samples");
        if (layout != null) {
            layout.sampleRows().stream()
                    .map(row -> column < row.size() ? row.get(column) : "")
                    .filter(value -> !value.isBlank())
                    .limit(3)
                    .forEach(value -> {
                        Span sample = new Span(value);
                        sample.addClassName("import-sample");
                        samples.add(sample);
                    });
        }
        return samples;
    }

    private Component fieldChooser(Integer column) {
        ComboBox<ImportField> chooser = new ComboBox<>();
        chooser.setItems(type.getValue().fields());
        chooser.setItemLabelGenerator(UiTexts::label);
        chooser.setPlaceholder(getTranslation("import-wizard.columns.not-imported"));
        chooser.setClearButtonVisible(true);
        chooser.setAriaLabel(getTranslation("import-wizard.columns.field-of", columnName(column)));
        chooser.addClassName("import-field");
        chooser.setValue(fields.get(column));
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fieldChosen(column, change.getValue());
            }
        });
        return chooser;
    }

    /** A field goes to one column: choosing it for another takes it from the first. */
    private void fieldChosen(int column, @Nullable ImportField field) {
        if (field == null) {
            fields.remove(column);
            return;
        }
        boolean movedFromAnother = fields.entrySet().removeIf(entry -> entry.getValue() == field
                && entry.getKey() != column);
        fields.put(column, field);
        if (movedFromAnother) {
            mapping.getDataProvider().refreshAll();
        }
    }

    /** The fields chosen so far, by column (0-based). */
    Map<Integer, ImportField> chosenFields() {
        return Map.copyOf(fields);
    }

    private void columnsChosen() {
        clearError();
        if (layout == null) {
            return;
        }
        if (fields.isEmpty()) {
            showError(getTranslation("import-wizard.columns.none-mapped"));
            return;
        }
        createOrganizations.setVisible(type.getValue() == ImportType.CONTACTS);
        show(Step.OPTIONS, optionsPanel);
    }

    private void refreshSavedMappings() {
        savedMapping.setItems(imports.savedMappings(type.getValue()));
    }

    private void openSaveMappingDialog() {
        SheetLayout current = layout;
        if (current == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("save-mapping-dialog");
        dialog.setHeaderTitle(getTranslation("import-wizard.save-mapping.title"));
        TextField name = new TextField(getTranslation("import-wizard.save-mapping.name"));
        name.setValue(Optional.ofNullable(savedMapping.getValue()).orElse(""));
        name.setHelperText(getTranslation("import-wizard.save-mapping.help"));
        name.setMaxLength(100);
        name.setWidthFull();
        name.addClassName("mapping-name");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                imports.saveMapping(type.getValue(), name.getValue().strip(), current.headers(), fields);
                refreshSavedMappings();
                savedMapping.setValue(name.getValue().strip());
                dialog.close();
                Notifications.success(getTranslation("import-wizard.save-mapping.saved", name.getValue().strip()));
            } catch (UserFacingException refused) {
                name.setInvalid(true);
                name.setErrorMessage(UiTexts.message(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-mapping-confirm");
        Button cancelSave = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancelSave, save);
        dialog.open();
        name.focus();
    }

    // ---- step 3: options

    private void buildOptionsStep() {
        mode.setLabel(getTranslation("import-wizard.options.mode"));
        mode.setItems(DuplicateMode.values());
        mode.setItemLabelGenerator(UiTexts::label);
        mode.setValue(DuplicateMode.SKIP);
        mode.setHelperText(getTranslation("import-wizard.options.mode-help"));
        mode.addClassName("import-mode");
        mode.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                mode.setValue(change.getOldValue());
            }
        });

        sensitivity.setLabel(getTranslation("import-wizard.options.sensitivity"));
        sensitivity.setItems(Sensitivity.values());
        sensitivity.setItemLabelGenerator(UiTexts::label);
        sensitivity.setValue(Sensitivity.NORMAL);
        sensitivity.setHelperText(getTranslation("import-wizard.options.sensitivity-help"));
        sensitivity.addClassName("import-sensitivity");

        createOrganizations.setLabel(getTranslation("import-wizard.options.create-organizations"));
        createOrganizations.addClassName("create-organizations");
        partial.setLabel(getTranslation("import-wizard.options.partial"));
        partial.setHelperText(getTranslation("import-wizard.options.partial-help"));
        partial.addClassName("import-partial");

        Button check = new Button(getTranslation("import-wizard.options.check"), VaadinIcon.SEARCH.create(),
                click -> startPreview());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClassName("import-check");
        Div choices = new Div(mode, sensitivity, createOrganizations, partial);
        choices.addClassName("import-options");
        optionsPanel.add(new H2(getTranslation("import-wizard.options.title")), choices,
                navigation(back(() -> show(Step.COLUMNS, columnsPanel)), check));
    }

    private ImportRequest request() {
        SheetLayout current = java.util.Objects.requireNonNull(layout);
        return new ImportRequest(type.getValue(), current.sheet(), current.headerRowNumber(), fields,
                mode.getValue(), sensitivity.getValue() == null ? Sensitivity.NORMAL : sensitivity.getValue(),
                createOrganizations.isVisible() && createOrganizations.getValue(), partial.getValue(), true);
    }

    // ---- running: the check and the import

    private void buildRunningStep() {
        progress.addClassName("import-progress");
        progressText.addClassName("import-progress-text");
        cancel.setText(getTranslation("import-wizard.running.cancel"));
        cancel.addClassName("import-cancel");
        cancel.addClickListener(click -> {
            BackgroundImport job = running;
            if (job != null) {
                job.cancel();
                cancel.setEnabled(false);
                cancel.setText(getTranslation("import-wizard.running.cancelling"));
            }
        });
        runningPanel.add(runningTitle, progress, progressText, navigation(cancel));
    }

    private void startPreview() {
        clearError();
        if (layout == null || file == null) {
            return;
        }
        discardReport(preview);
        preview = null;
        ImportRequest request = request();
        previewed = request;
        run(request, 0);
    }

    private void startImport() {
        clearError();
        ImportRequest request = previewed;
        ImportReport checked = preview;
        if (request == null || checked == null || file == null) {
            return;
        }
        run(request.asDryRun(false), checked.rowsRead());
    }

    /** Runs the check or the import in the background, showing its progress; {@code total} rows when known. */
    private void run(ImportRequest request, int total) {
        ImportFile current = java.util.Objects.requireNonNull(file);
        UI ui = UI.getCurrent();
        boolean dryRun = request.dryRun();
        runningTitle.setText(dryRun ? getTranslation("import-wizard.running.checking", current.fileName())
                : getTranslation("import-wizard.running.importing", current.fileName()));
        progress.setIndeterminate(total <= 0);
        progress.setMin(0);
        progress.setMax(Math.max(1, total));
        progress.setValue(0);
        progressText.setText(dryRun ? getTranslation("import-wizard.running.checked", 0)
                : getTranslation("import-wizard.running.imported", 0, total));
        cancel.setEnabled(true);
        cancel.setText(getTranslation("import-wizard.running.cancel"));
        show(dryRun ? Step.PREVIEW : Step.IMPORT, runningPanel);
        Locale locale = getLocale();
        ui.setPollInterval(POLL_MILLIS);
        running = BackgroundImport.start(ui, securityContexts, current.fileName(),
                job -> imports.run(current, request, job, locale), new BackgroundImport.Listener() {
                    @Override
                    public void progress(int rowsDone) {
                        if (total > 0) {
                            progress.setValue(Math.min(rowsDone, total));
                        }
                        progressText.setText(dryRun ? getTranslation("import-wizard.running.checked", rowsDone)
                                : getTranslation("import-wizard.running.imported", Math.min(rowsDone, total), total));
                    }

                    @Override
                    public void finished(ImportReport report) {
                        stopped(ui);
                        if (dryRun) {
                            showPreview(report);
                        } else {
                            showResult(report);
                        }
                    }

                    @Override
                    public void failed(RuntimeException failure) {
                        stopped(ui);
                        show(Step.OPTIONS, optionsPanel);
                        showError(failure instanceof UserFacingException refused ? UiTexts.message(refused)
                                : getTranslation("error.unexpected"));
                    }
                });
    }

    private void stopped(UI ui) {
        running = null;
        ui.setPollInterval(-1);
    }

    // ---- step 4: preview

    private void buildPreviewStep() {
        previewMessage.addClassName("import-preview-message");
        previewCounts.addClassName("import-counts");
        truncatedNote.addClassNames("notice-warning", "import-truncated");
        previewDownload.addClassName("import-download");
        startImport.setText(getTranslation("import-wizard.preview.import"));
        startImport.setIcon(VaadinIcon.UPLOAD.create());
        startImport.addThemeVariants(ButtonVariant.PRIMARY);
        startImport.addClassName("import-start");
        startImport.addClickListener(click -> startImport());
        previewPanel.add(new H2(getTranslation("import-wizard.preview.title")), previewMessage, previewCounts,
                truncatedNote, previewDownload, outcomes,
                navigation(back(() -> show(Step.OPTIONS, optionsPanel)), startImport));
    }

    private void showPreview(ImportReport report) {
        preview = report;
        if (report.status() == ImportStatus.CANCELLED) {
            discardReport(report);
            preview = null;
            show(Step.OPTIONS, optionsPanel);
            showError(getTranslation("import-wizard.preview.cancelled"));
            return;
        }
        boolean refused = report.rejected() > 0 && previewed != null && !previewed.partial();
        boolean nothingToWrite = report.created() + report.updated() == 0;
        previewMessage.setText(refused
                ? getTranslation("import-wizard.preview.refused", report.rowsRead(), report.rejected())
                : nothingToWrite ? getTranslation("import-wizard.preview.nothing", report.rowsRead())
                : getTranslation("import-wizard.preview.ready", report.rowsRead()));
        previewMessage.setClassName("notice-warning", refused || nothingToWrite);
        fillCounts(previewCounts, List.of(
                count("import-wizard.preview.created", report.created(), "created"),
                count("import-wizard.preview.updated", report.updated(), "updated"),
                count("import-wizard.preview.skipped", report.skipped(), "skipped"),
                count("import-wizard.preview.rejected", report.rejected(), "rejected")));
        showTruncation(report);
        previewDownload.removeAll();
        downloadLink(report).ifPresent(previewDownload::add);
        outcomes.show(report.outcomes(), layout == null ? List.of() : layout.headers());
        // a short list takes the room it needs; a long one scrolls inside the grid
        outcomes.setAllRowsVisible(report.outcomes().size() <= SHORT_LIST);
        startImport.setEnabled(!refused && !nothingToWrite);
        show(Step.PREVIEW, previewPanel);
    }

    private void showTruncation(ImportReport report) {
        truncatedNote.setVisible(report.outcomesTruncated());
        truncatedNote.setText(getTranslation("import-wizard.preview.truncated", report.outcomes().size()));
    }

    private record Count(String labelKey, int value, String className) {
    }

    private static Count count(String labelKey, int value, String className) {
        return new Count(labelKey, value, className);
    }

    private void fillCounts(Div target, List<Count> counts) {
        target.removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        for (Count count : counts) {
            Span value = new Span(numbers.format(count.value()));
            value.addClassName("import-count-value");
            Span label = new Span(getTranslation(count.labelKey()));
            label.addClassName("import-count-label");
            Div tile = new Div(value, label);
            tile.addClassNames("import-count", "import-count-" + count.className());
            target.add(tile);
        }
    }

    /** A link to the rejected rows and their reasons, as an .xlsx named after the imported file. */
    private Optional<Anchor> downloadLink(ImportReport report) {
        Path rejected = report.rejectedRowsFile();
        ImportFile current = file;
        if (rejected == null || current == null) {
            return Optional.empty();
        }
        String name = current.fileName().replaceFirst("\\.[^.]*$", "") + "-rejected.xlsx";
        Anchor link = new Anchor(DownloadHandler.forFile(rejected.toFile(), name),
                getTranslation("import-wizard.download-rejected", report.rejected()));
        link.addClassName("rejected-rows-download");
        return Optional.of(link);
    }

    // ---- step 5: result

    private void buildResultStep() {
        resultTitle.addClassName("import-result-title");
        resultMessage.addClassName("import-result-message");
        resultCounts.addClassName("import-counts");
        resultDownload.addClassName("import-download");
        undo.setText(getTranslation("import-wizard.result.undo"));
        undo.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        undo.addThemeVariants(ButtonVariant.ERROR);
        undo.addClassName("undo-import");
        undo.addClickListener(click -> confirmUndo());
        Button again = new Button(getTranslation("import-wizard.result.again"), VaadinIcon.REFRESH.create(),
                click -> restart());
        again.addClassName("import-again");
        RouterLink history = new RouterLink(getTranslation("import-wizard.history"), ImportsView.class);
        history.addClassName("import-history-link");
        resultPanel.add(resultTitle, resultMessage, resultCounts, resultDownload, navigation(again, undo, history));
    }

    private void showResult(ImportReport report) {
        discardReport(preview);
        preview = null;
        result = report;
        ImportStatus status = report.status();
        resultTitle.setText(getTranslation(switch (status) {
            case COMPLETED -> "import-wizard.result.completed";
            case CANCELLED -> "import-wizard.result.cancelled";
            default -> "import-wizard.result.refused";
        }));
        resultMessage.setText(switch (status) {
            case COMPLETED -> report.rejected() > 0
                    ? getTranslation("import-wizard.result.completed-partial", report.rejected())
                    : getTranslation("import-wizard.result.completed-text", report.rowsRead());
            case CANCELLED -> getTranslation("import-wizard.result.cancelled-text");
            default -> getTranslation("import-wizard.result.refused-text", report.rejected());
        });
        resultPanel.setClassName("import-not-written", !report.written());
        if (report.written()) {
            fillCounts(resultCounts, List.of(
                    count("import-wizard.result.created", report.created(), "created"),
                    count("import-wizard.result.updated", report.updated(), "updated"),
                    count("import-wizard.result.skipped", report.skipped(), "skipped"),
                    count("import-wizard.result.rejected", report.rejected(), "rejected")));
        } else {
            fillCounts(resultCounts, report.rejected() > 0
                    ? List.of(count("import-wizard.result.rejected", report.rejected(), "rejected")) : List.of());
        }
        resultDownload.removeAll();
        downloadLink(report).ifPresent(resultDownload::add);
        Long batchId = report.batchId();
        undo.setVisible(report.written() && batchId != null
                && imports.batch(batchId).map(imports::canUndo).orElse(false));
        show(Step.IMPORT, resultPanel);
    }

    private void confirmUndo() {
        ImportReport done = result;
        Long batchId = done == null ? null : done.batchId();
        if (batchId == null) {
            return;
        }
        imports.batch(batchId).ifPresent(batch -> UndoConfirmation.open(imports, batch, undone -> {
            undo.setVisible(false);
            resultTitle.setText(getTranslation("import-wizard.result.undone"));
            resultMessage.setText(getTranslation("import-wizard.result.undone-text"));
        }));
    }

    /** Back to the first step with nothing kept: for the next file. */
    private void restart() {
        clearError();
        discard();
        upload.clearFileList();
        currentFile.setVisible(false);
        fileActions.setVisible(false);
        mapping.setItems(List.of());
        show(Step.FILE, filePanel);
    }

    /** Lets go of the file and the reports; a running import is cancelled and the file closed once it stops. */
    private void discard() {
        ImportFile current = file;
        BackgroundImport job = running;
        if (current != null) {
            if (job != null) {
                job.cancel();
                job.whenDone(current::close);
            } else {
                current.close();
            }
        }
        running = null;
        file = null;
        layout = null;
        fields.clear();
        previewed = null;
        discardReport(preview);
        discardReport(result);
        preview = null;
        result = null;
    }

    private static void discardReport(@Nullable ImportReport report) {
        if (report != null) {
            BackgroundImport.deleteQuietly(report.rejectedRowsFile());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import-wizard.title");
    }
}
