package org.interlocutor.importexport;

import org.interlocutor.shared.Translatable;

/** The file an export writes. */
public enum ExportFormat implements Translatable {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    @Override
    public String messageKey() {
        return "export.format." + name();
    }
}
