package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Sealing and opening values, blind indexes, and what is refused. */
class FieldEncryptionTest {

    static final DataKey KEY_A = DataKey.of("a", bytes(1));
    static final DataKey KEY_B = DataKey.of("b", bytes(2));

    private final FieldEncryption encryption = new FieldEncryption(KeyRing.of(KEY_A));

    static byte[] bytes(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }

    @Test
    void sealedValueOpensToTheSameTextAndShowsNothingOfIt() {
        String sealed = encryption.seal("engagement/notes", "Witness list handed over in Gulu — née Ōkubo");

        assertThat(sealed).startsWith("enc1:a:").doesNotContain("Witness").doesNotContain("Gulu");
        assertThat(encryption.open("engagement/notes", sealed))
                .isEqualTo("Witness list handed over in Gulu — née Ōkubo");
    }

    @Test
    void eachSealingDrawsAFreshNonce() {
        String first = encryption.seal("contact/email", "amina@example.org");
        String second = encryption.seal("contact/email", "amina@example.org");

        assertThat(first).isNotEqualTo(second);
        byte[] firstBytes = Base64.getUrlDecoder().decode(first.substring("enc1:a:".length()));
        byte[] secondBytes = Base64.getUrlDecoder().decode(second.substring("enc1:a:".length()));
        // 12 bytes of nonce, the text, 16 bytes of tag
        assertThat(firstBytes).hasSize(12 + "amina@example.org".length() + 16);
        assertThat(java.util.Arrays.copyOf(firstBytes, 12)).isNotEqualTo(java.util.Arrays.copyOf(secondBytes, 12));
    }

    @Test
    void alteredCiphertextIsRefusedWithAClearError() {
        String sealed = encryption.seal("engagement/outcome", "Agreed to brief the Registry");
        char[] characters = sealed.toCharArray();
        int last = characters.length - 3;
        characters[last] = characters[last] == 'A' ? 'B' : 'A';
        String altered = new String(characters);

        assertThatThrownBy(() -> encryption.open("engagement/outcome", altered))
                .isInstanceOf(SealedValueException.class)
                .hasMessageContaining("engagement/outcome").hasMessageContaining("altered")
                .hasMessageNotContaining("Registry")
                .satisfies(refusal -> assertThat(((SealedValueException) refusal).messageKey())
                        .isEqualTo("crypto.error.unreadable"));
    }

    @Test
    void truncatedOrNonBase64OrClearValuesAreRefused() {
        String sealed = encryption.seal("contact/phone", "+31 70 515 8515");

        assertThatThrownBy(() -> encryption.open("contact/phone", sealed.substring(0, 20)))
                .isInstanceOf(SealedValueException.class);
        assertThatThrownBy(() -> encryption.open("contact/phone", "enc1:a:not*base64"))
                .isInstanceOf(SealedValueException.class);
        assertThatThrownBy(() -> encryption.open("contact/phone", "+31 70 515 8515"))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("not in the encrypted form");
    }

    @Test
    void aValueMovedToAnotherKindOfColumnDoesNotOpen() {
        String email = encryption.seal("contact/email", "amina@example.org");

        assertThatThrownBy(() -> encryption.open("contact/consent-note", email))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("altered");
    }

    @Test
    void aValueOfAKeyNotGivenIsRefusedNamingTheKeyToAdd() {
        String underB = new FieldEncryption(KeyRing.of(KEY_B)).seal("contact/email", "amina@example.org");

        assertThatThrownBy(() -> encryption.open("contact/email", underB))
                .isInstanceOf(SealedValueException.class)
                .hasMessageContaining("key 'b'").hasMessageContaining("INTERLOCUTOR_ENCRYPTION_OLD_KEYS");
    }

    @Test
    void anOlderKeyStillOpensAndResealingMovesTheValueToTheCurrentKey() {
        String underA = encryption.seal("contact/email", "amina@example.org");
        FieldEncryption rotated = new FieldEncryption(KeyRing.of(KEY_B).withOlder(KEY_A));

        assertThat(rotated.open("contact/email", underA)).isEqualTo("amina@example.org");
        String underB = rotated.reseal("contact/email", underA);
        assertThat(underB).startsWith("enc1:b:");
        assertThat(rotated.reseal("contact/email", underB)).isSameAs(underB);
        assertThat(new FieldEncryption(KeyRing.of(KEY_B)).open("contact/email", underB))
                .isEqualTo("amina@example.org");
    }

    @Test
    void resealingAValueKeptInClearEncryptsIt() {
        assertThat(encryption.reseal("contact/consent-note", "Consent by email"))
                .startsWith("enc1:a:")
                .satisfies(sealed -> assertThat(encryption.open("contact/consent-note", sealed))
                        .isEqualTo("Consent by email"));
    }

    @Test
    void blindIndexesMatchEqualValuesOnlyAndDifferPerKey() {
        String index = encryption.blindIndex("contact/email", "amina@example.org");

        assertThat(index).startsWith("bi1:a:").doesNotContain("amina");
        assertThat(encryption.blindIndex("contact/email", "amina@example.org")).isEqualTo(index);
        assertThat(encryption.blindIndex("contact/email", "omar@example.org")).isNotEqualTo(index);
        assertThat(encryption.blindIndex("contact/phone", "amina@example.org")).isNotEqualTo(index);
        FieldEncryption rotating = new FieldEncryption(KeyRing.of(KEY_B).withOlder(KEY_A));
        assertThat(rotating.blindIndexes("contact/email", "amina@example.org"))
                .containsExactly(rotating.blindIndex("contact/email", "amina@example.org"), index);
        assertThat(rotating.isCurrentBlindIndex(index)).isFalse();
    }

    @Test
    void onlyConfidentialRecordsAreEncrypted() {
        assertThat(FieldEncryption.appliesTo(org.interlocutor.shared.Sensitivity.CONFIDENTIAL)).isTrue();
        assertThat(FieldEncryption.appliesTo(org.interlocutor.shared.Sensitivity.RESTRICTED)).isFalse();
        assertThat(FieldEncryption.appliesTo(org.interlocutor.shared.Sensitivity.NORMAL)).isFalse();
        assertThat(encryption.store(org.interlocutor.shared.Sensitivity.NORMAL, "contact/email", "a@b.org"))
                .isEqualTo("a@b.org");
    }
}
