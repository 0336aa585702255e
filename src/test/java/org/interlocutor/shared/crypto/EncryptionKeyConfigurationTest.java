package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the keys come from, and what is refused before anything is encrypted with a wrong one. */
class EncryptionKeyConfigurationTest {

    private static final String KEY = Base64.getEncoder().encodeToString(FieldEncryptionTest.bytes(7));
    private static final String OTHER = Base64.getEncoder().encodeToString(FieldEncryptionTest.bytes(8));

    @Test
    void theKeyFromTheEnvironmentIsUsedWithItsIdOrOneDerivedFromIt() {
        assertThat(EncryptionKeyConfiguration.load(KEY, "2026-11", "", "").current().id()).isEqualTo("2026-11");
        String derived = EncryptionKeyConfiguration.load(KEY, "", "", "").current().id();
        assertThat(derived).matches("k[0-9a-f]{8}");
        assertThat(EncryptionKeyConfiguration.load(OTHER, "", "", "").current().id()).isNotEqualTo(derived);
    }

    @Test
    void withoutAKeyOrADevelopmentKeyFileTheStartIsRefusedSayingWhatToSet() {
        assertThatThrownBy(() -> EncryptionKeyConfiguration.load("", "", "", ""))
                .isInstanceOf(EncryptionKeyException.class)
                .hasMessageContaining("INTERLOCUTOR_ENCRYPTION_KEY is not set")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aKeyThatIsNotBase64OfThirtyTwoBytesIsRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> EncryptionKeyConfiguration.load("sesame-open-up!", "", "", ""))
                .isInstanceOf(EncryptionKeyException.class)
                .hasMessageContaining("INTERLOCUTOR_ENCRYPTION_KEY").hasMessageNotContaining("sesame");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> EncryptionKeyConfiguration.load(short16, "", "", ""))
                .isInstanceOf(EncryptionKeyException.class).hasMessageContaining("32 bytes")
                .hasMessageNotContaining(short16);
        assertThatThrownBy(() -> EncryptionKeyConfiguration.load(KEY, "bad:id", "", ""))
                .isInstanceOf(EncryptionKeyException.class).hasMessageContaining("key id");
    }

    @Test
    void oldKeysAreReadWithOrWithoutTheirIdsAndTwoKeysMayNotShareAnId() {
        KeyRing keys = EncryptionKeyConfiguration.load(KEY, "new", "old:" + OTHER + ", " + KEY.replace('+', '-')
                .replace('/', '_'), "");
        assertThat(keys.older()).extracting(DataKey::id).hasSize(2).startsWith("old");
        assertThat(keys.older().get(1).id()).matches("k[0-9a-f]{8}");

        assertThatThrownBy(() -> EncryptionKeyConfiguration.load(KEY, "same", "same:" + OTHER, ""))
                .isInstanceOf(EncryptionKeyException.class).hasMessageContaining("'same'");
        assertThatThrownBy(() -> EncryptionKeyConfiguration.load(KEY, "", "old:nonsense", ""))
                .isInstanceOf(EncryptionKeyException.class)
                .hasMessageContaining("INTERLOCUTOR_ENCRYPTION_OLD_KEYS, entry 1");
    }

    @Test
    void theDevelopmentKeyFileIsMadeOwnerOnlyOnceAndThenKept(@TempDir Path data) throws Exception {
        Path file = data.resolve("nested").resolve("encryption.key");

        KeyRing first = EncryptionKeyConfiguration.load("", "", "", file.toString());
        KeyRing again = EncryptionKeyConfiguration.load("", "", "", file.toString());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(again.current().id()).isEqualTo(first.current().id());
        String sealed = new FieldEncryption(first).seal("contact/email", "amina@example.org");
        assertThat(new FieldEncryption(again).open("contact/email", sealed)).isEqualTo("amina@example.org");
    }

    @Test
    void aDevelopmentKeyFileOthersCouldReadIsMadeOwnerOnly(@TempDir Path data) throws Exception {
        Path file = data.resolve("encryption.key");
        EncryptionKeyConfiguration.load("", "", "", file.toString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        EncryptionKeyConfiguration.load("", "", "", file.toString());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aKeyFromTheEnvironmentWinsOverTheDevelopmentKeyFile(@TempDir Path data) {
        Path file = data.resolve("encryption.key");

        KeyRing keys = EncryptionKeyConfiguration.load(KEY, "prod", "", file.toString());

        assertThat(keys.current().id()).isEqualTo("prod");
        assertThat(file).doesNotExist();
    }
}
