package org.interlocutor.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload received into a temporary file, never larger than a limit: the limit the browser is told ({@code
 * Upload.setMaxFileSize}) is only a courtesy, and Vaadin's own checks cover multipart requests but not the raw
 * uploads its component sends, which it would copy to disk whatever their size. This handler refuses a file whose
 * announced size is too large before reading it, counts the bytes as they arrive (a sender can lie about the size
 * or not give one) and stops at the first byte past the limit, deleting what it kept. The person is told in their
 * language, in the upload's file list and through {@code refused}; a file within the limit goes to {@code received},
 * in the UI's lock, which owns the temporary file from then on.
 */
public final class SizeLimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(SizeLimitedUpload.class);
    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final FileUploadCallback received;
    private final SerializableConsumer<String> refused;

    public SizeLimitedUpload(long maxBytes, FileUploadCallback received, SerializableConsumer<String> refused) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive");
        }
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        Path copy = Files.createTempFile("interlocutor-upload-", ".part");
        long total = 0;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(copy);
            throw failed;
        }
        if (total > maxBytes) {
            Files.deleteIfExists(copy);
            refuse(event, ui);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), total);
        try {
            ui.access(() -> {
                try {
                    received.complete(metadata, copy.toFile());
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        } catch (UIDetachedException gone) {
            Files.deleteIfExists(copy);
        }
    }

    private void refuse(UploadEvent event, UI ui) {
        String message = ui.getTranslation("upload.too-large", Math.max(1, maxBytes / (1024 * 1024)));
        log.warn("Refused an upload of '{}' larger than {} bytes", event.getFileName(), maxBytes);
        event.reject(message);
        try {
            ui.access(() -> refused.accept(message));
        } catch (UIDetachedException gone) {
            // nobody left to tell
        }
    }

    /** Vaadin's own check of multipart requests, kept in step with this one. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
