package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowWriterThreadTest {

    @Test
    void everyPageIsWrittenInOrderBeforeFinishReturns() {
        List<Integer> written = new ArrayList<>();

        try (RowWriterThread<Integer> writer = new RowWriterThread<>("test-writer", written::addAll)) {
            for (int page = 0; page < 50; page++) {
                writer.write(IntStream.range(page * 10, page * 10 + 10).boxed().toList());
            }
            writer.finish();
        }

        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
    }

    @Test
    void whatTheWriterFailsWithReachesTheReaderInsteadOfBlockingIt() {
        try (RowWriterThread<Integer> writer = new RowWriterThread<>("test-writer", page -> {
            throw new IllegalStateException("disk full");
        })) {
            assertThatThrownBy(() -> {
                for (int page = 0; page < 100; page++) {
                    writer.write(List.of(page));
                }
                writer.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        }
    }
}
