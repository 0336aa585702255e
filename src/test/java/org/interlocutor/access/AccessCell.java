package org.interlocutor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.interlocutor.shared.Sensitivity;
import org.springframework.security.access.AccessDeniedException;

/**
 * One cell of the access matrix: a protected record of one sensitivity, read through one path by one reader, and
 * what must happen. Its name is the test's name: "CONFIDENTIAL contact via contacts list, read by officer without
 * grant: hidden".
 */
record AccessCell(Sensitivity sensitivity, ReadPath path, AccessReader reader, Expected expected) {

    /** The protected record shown, hidden, or the path refused to the reader's role. */
    enum Expected {
        VISIBLE, HIDDEN, REFUSED
    }

    /** Every cell of these paths for these sensitivities, with what the readers' constants say they must see. */
    static Stream<AccessCell> all(Collection<Sensitivity> sensitivities, List<ReadPath> paths) {
        return sensitivities.stream().flatMap(sensitivity -> paths.stream()
                .filter(path -> path.scenes().contains(sensitivity)).flatMap(path ->
                Stream.of(AccessReader.values()).filter(path.readers()).map(reader -> new AccessCell(sensitivity,
                        path, reader, !reader.role.includes(path.minimumRole()) ? Expected.REFUSED
                        : path.guarded().visibleTo(reader, sensitivity) ? Expected.VISIBLE : Expected.HIDDEN))));
    }

    /**
     * Reads as the reader: a refused path must throw AccessDeniedException; otherwise the NORMAL control must show
     * (a path showing nothing proves nothing) and the protected record exactly when expected.
     */
    void check(AccessScene scene) {
        if (expected == Expected.REFUSED) {
            assertThatThrownBy(() -> scene.as(reader, () -> look(scene)))
                    .isInstanceOf(AccessDeniedException.class);
            return;
        }
        Sighting seen = scene.as(reader, () -> look(scene));

        assertThat(seen.control()).as("the NORMAL control through %s: without it the cell proves nothing", path)
                .isTrue();
        assertThat(seen.guarded()).as(toString()).isEqualTo(expected == Expected.VISIBLE);
    }

    private Sighting look(AccessScene scene) {
        try {
            return path.probe().look(scene);
        } catch (RuntimeException | AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return sensitivity + " " + path.guarded().label + " via " + path.name() + ", read by " + reader.label()
                + ": " + expected.name().toLowerCase(Locale.ROOT);
    }
}
