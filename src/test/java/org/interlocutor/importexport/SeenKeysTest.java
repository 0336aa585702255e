package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void theFirstRowThatNamedAKeyIsRememberedAmongHundredsOfThousands() {
        SeenKeys seen = new SeenKeys();
        for (int row = 2; row < 300_002; row++) {
            seen.putIfAbsent("email:person" + row + "@example.org", row);
            seen.putIfAbsent("name:family" + row + "\u0000given\u0000ministry", row);
        }
        seen.putIfAbsent("email:person10@example.org", 99);

        assertThat(seen.get("email:person10@example.org")).isEqualTo(10);
        assertThat(seen.get("name:family250000\u0000given\u0000ministry")).isEqualTo(250_000);
        assertThat(seen.get("email:person300002@example.org")).isNull();
        assertThat(seen.get("email:someone.else@example.org")).isNull();
    }
}
