package org.interlocutor.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.interlocutor.ViewTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's own limit on uploads: whatever the browser was told and whatever size the request announces, no
 * more than the limit is ever kept, and the person is told why.
 */
@ViewTest
@WithStaff(username = "upload.officer", role = Role.OFFICER)
class SizeLimitedUploadTest extends SpringBrowserlessTest {

    private static final int LIMIT = 1000;

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private Div owner;
    private SizeLimitedUpload handler;

    @BeforeEach
    void attachOwner() {
        owner = new Div();
        UI.getCurrent().add(owner);
        handler = new SizeLimitedUpload(LIMIT, (metadata, file) -> {
            received.add(Files.readAllBytes(file.toPath()));
            Files.delete(file.toPath());
        }, refusals::add);
    }

    /** An upload as the browser sends it raw, announcing {@code announcedSize} (-1: no size given). */
    private UploadEvent upload(byte[] content, long announcedSize) {
        return new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                "list.csv", announcedSize, "text/csv", owner.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    private static byte[] bytes(int count) {
        byte[] content = new byte[count];
        Arrays.fill(content, (byte) 'x');
        return content;
    }

    private static long partsLeft() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("interlocutor-upload-")).count();
        }
    }

    @Test
    void aFileWithinTheLimitIsHandedOverWhole() throws IOException {
        UploadEvent event = upload(bytes(LIMIT), LIMIT);

        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(content -> assertThat(content).hasSize(LIMIT));
        assertThat(refusals).isEmpty();
    }

    @Test
    void aFileAnnouncedAsTooLargeIsRefusedBeforeAByteIsRead() throws IOException {
        long before = partsLeft();
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "huge.csv", LIMIT + 1, "text/csv", owner.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                throw new AssertionError("read a file announced as too large");
            }
        };

        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("The file is larger than 1 MB, the most accepted here. "
                + "Nothing of it was kept: split it into smaller files.");
        assertThat(refusals).containsExactly(event.getRejectionMessage());
        assertThat(received).isEmpty();
        assertThat(partsLeft()).isEqualTo(before);
    }

    @Test
    void aFileLargerThanItsAnnouncedSizeIsCutOffAtTheLimitAndNothingIsKept() throws IOException {
        long before = partsLeft();
        UploadEvent lying = upload(bytes(LIMIT + 1), 10);
        UploadEvent silent = upload(bytes(5 * LIMIT), -1);

        handler.handleUploadRequest(lying);
        handler.handleUploadRequest(silent);
        MockVaadin.runUIQueue();

        assertThat(lying.isRejected()).isTrue();
        assertThat(silent.isRejected()).isTrue();
        assertThat(refusals).hasSize(2);
        assertThat(received).isEmpty();
        assertThat(partsLeft()).as("no temporary copy left behind").isEqualTo(before);
    }
}
