package org.interlocutor.privacy;

import java.util.Locale;
import java.util.Optional;

/** The files a subject-access export is written as: a workbook with a sheet per part, or one JSON document. */
public enum SubjectAccessFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    SubjectAccessFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code xlsx} or {@code json}, in any case. */
    public static Optional<SubjectAccessFormat> named(String name) {
        for (SubjectAccessFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
