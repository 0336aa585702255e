package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.importexport.ContactExport;
import org.interlocutor.importexport.ExportFormat;
import org.interlocutor.importexport.ExportProgress;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.ListExports.ListKind;
import org.interlocutor.shared.ui.ListSnapshot;

/**
 * Exporting a list: the format, the columns (as shown, or all) and the rows (all the filter finds, or the ticked
 * ones), then the file, streamed to the browser as it is written, with a progress bar for long lists.
 */
class ExportDialog extends Dialog {

    private final ExportService exports;
    private final ListKind kind;
    private final ListSnapshot snapshot;
    /** Read in the screen's thread: the download is written in another. */
    private final Locale locale;
    private final ZoneId zone;
    final RadioButtonGroup<Boolean> mailingList = new RadioButtonGroup<>();
    final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> allColumns = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> selectedOnly = new RadioButtonGroup<>();
    final ProgressBar progress = new ProgressBar();
    final Anchor download;

    ExportDialog(ExportService exports, ListKind kind, ListSnapshot snapshot) {
        this.exports = exports;
        this.kind = kind;
        this.snapshot = snapshot;
        this.locale = Formats.locale();
        this.zone = Formats.zone();
        addClassName("export-dialog");
        setMaxWidth("46rem");
        setHeaderTitle(getTranslation("export.dialog.title." + kind.name()));

        mailingList.setLabel(getTranslation("export.dialog.what"));
        mailingList.setItems(false, true);
        mailingList.setItemLabelGenerator(mailing -> getTranslation(mailing ? "export.dialog.what.mailing"
                : "export.dialog.what.list"));
        mailingList.setValue(false);

        format.setLabel(getTranslation("export.dialog.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        format.setValue(ExportFormat.XLSX);

        allColumns.setLabel(getTranslation("export.dialog.columns"));
        allColumns.setItems(false, true);
        allColumns.setItemLabelGenerator(all -> getTranslation(all ? "export.dialog.columns.all"
                : "export.dialog.columns.shown"));
        allColumns.setValue(false);

        selectedOnly.setLabel(getTranslation("export.dialog.rows"));
        // the choice of the ticked rows only when there are some
        if (snapshot.selectedIds().isEmpty()) {
            selectedOnly.setItems(false);
        } else {
            selectedOnly.setItems(false, true);
        }
        String everyRow = switch (kind) {
            case ORGANIZATIONS -> "export.dialog.rows.filter.organizations";
            case ENGAGEMENTS -> "export.dialog.rows.filter.engagements";
            case CAMPAIGN_CONTACTS -> "export.dialog.rows.filter.campaign-contacts";
            case FOLLOW_UPS -> "export.dialog.rows.filter.follow-ups";
            default -> "export.dialog.rows.filter";
        };
        selectedOnly.setItemLabelGenerator(selected -> selected
                ? getTranslation("export.dialog.rows.selected", snapshot.selectedIds().size())
                : getTranslation(everyRow));
        selectedOnly.setValue(!snapshot.selectedIds().isEmpty());

        progress.setVisible(false);
        progress.addClassName("export-progress");
        Paragraph note = new Paragraph(getTranslation("export.dialog.note"));
        note.addClassName("dialog-note");
        // a mailing list has its own columns
        mailingList.addValueChangeListener(change -> allColumns.setEnabled(!change.getValue()));
        Div options = new Div();
        options.addClassName("export-options");
        if (kind == ListKind.CONTACTS) {
            options.add(mailingList, format, allColumns, selectedOnly);
        } else {
            options.add(format, selectedOnly);
        }
        add(options, note, progress);

        download = new Anchor(this::write, "");
        Button downloadButton = new Button(getTranslation("export.dialog.download"), VaadinIcon.DOWNLOAD_ALT.create());
        downloadButton.addThemeVariants(ButtonVariant.PRIMARY);
        download.add(downloadButton);
        download.addClassName("export-download");
        // the browser fetches the file itself; polling lets the progress bar move while it is written
        download.getElement().addEventListener("click", click -> {
            progress.setIndeterminate(true);
            progress.setVisible(true);
            UI.getCurrent().setPollInterval(500);
        });
        Button close = new Button(getTranslation("export.dialog.close"), click -> close());
        getFooter().add(close, download);
    }

    /** Writes the file into the download, as the person who opened the dialog sees the list. */
    private void write(DownloadEvent event) throws java.io.IOException {
        ExportFormat chosen = format.getValue();
        ContactExport export = export();
        UI ui = event.getUI();
        boolean mailing = kind == ListKind.CONTACTS && Boolean.TRUE.equals(mailingList.getValue());
        String name = kind == ListKind.FOLLOW_UPS ? "export.file-name.follow-ups"
                : kind == ListKind.ORGANIZATIONS ? "export.file-name.organizations"
                : kind == ListKind.ENGAGEMENTS ? "export.file-name.engagements"
                : mailing ? "export.file-name.mailing" : "export.file-name.contacts";
        long campaignId = kind == ListKind.CAMPAIGN_CONTACTS
                ? Long.parseLong(snapshot.queryString().substring("campaign=".length())) : 0;
        event.setFileName(getTranslation(locale, name) + "-" + LocalDate.now(zone) + "." + chosen.extension());
        event.setContentType(chosen.mediaType());
        ExportProgress shown = (done, total) -> ui.access(() -> {
            progress.setIndeterminate(false);
            progress.setValue(total == 0 ? 1 : (double) done / total);
        });
        try (OutputStream out = event.getOutputStream()) {
            if (kind == ListKind.FOLLOW_UPS) {
                exports.exportMyFollowUps(selectedOnly() ? snapshot.selectedIds() : null, chosen, locale, zone, out,
                        shown);
            } else if (kind == ListKind.ORGANIZATIONS && selectedOnly()) {
                exports.exportSelectedOrganizations(snapshot.selectedIds(), chosen, locale, zone, out, shown);
            } else if (kind == ListKind.ENGAGEMENTS && selectedOnly()) {
                exports.exportSelectedEngagements(snapshot.selectedIds(), chosen, locale, zone, out, shown);
            } else if (kind == ListKind.ORGANIZATIONS) {
                exports.exportOrganizations(OrganizationFilter.parse(snapshot.queryString()), snapshot.sort(), snapshot.queryString(), chosen, locale, zone, out,
                        shown);
            } else if (kind == ListKind.CAMPAIGN_CONTACTS) {
                exports.exportCampaignContacts(campaignId, selectedOnly() ? snapshot.selectedIds() : null, chosen,
                        locale, zone, out, shown);
            } else if (kind == ListKind.ENGAGEMENTS) {
                exports.exportEngagements(engagementQuery().toFilter(zone), snapshot.queryString(), chosen, locale,
                        zone, out, shown);
            } else if (mailing) {
                exports.exportMailingList(export, chosen, locale, zone, out, shown);
            } else {
                exports.exportContacts(export, chosen, locale, zone, out, shown);
            }
        } finally {
            ui.access(() -> {
                progress.setVisible(false);
                ui.setPollInterval(-1);
            });
        }
    }

    private boolean selectedOnly() {
        return Boolean.TRUE.equals(selectedOnly.getValue());
    }

    /** The engagements list's filter, from its address. */
    EngagementListQuery engagementQuery() {
        return EngagementListQuery.parse(snapshot.queryString());
    }

    /** What the list shows, as the export asks for it. */
    ContactExport export() {
        ContactQueryString.View view = ContactQueryString.parse(snapshot.queryString());
        List<String> columns = Boolean.TRUE.equals(allColumns.getValue()) ? List.of() : snapshot.columns();
        return new ContactExport(view.filter(), snapshot.sort(), columns,
                selectedOnly() ? snapshot.selectedIds() : null);
    }
}
