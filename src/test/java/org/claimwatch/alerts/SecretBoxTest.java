package org.claimwatch.alerts;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void sealedSecretOpensWithTheSameKey() {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.seal(SECRET);
        assertThat(sealed).startsWith("enc:v1:").doesNotContain("MfKQ9r8");
        assertThat(box.open(sealed)).isEqualTo(SECRET);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        SecretBox box = SecretBox.of(KEY);
        assertThat(box.seal(SECRET)).isNotEqualTo(box.seal(SECRET));
    }

    @Test
    void withoutAKeySecretsStayPlain() {
        assertThat(SecretBox.of("").seal(SECRET)).isEqualTo(SECRET);
        assertThat(SecretBox.of("").open(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void plainValuesStoredBeforeAKeyWasSetStillOpen() {
        assertThat(SecretBox.of(KEY).open(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotOpen() {
        String sealed = SecretBox.of(KEY).seal(SECRET);
        assertThatThrownBy(() -> SecretBox.of(OTHER_KEY).open(sealed)).hasMessageContaining("wrong key");
        assertThatThrownBy(() -> SecretBox.of("").open(sealed)).hasMessageContaining("alerts.secretKey is not set");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> SecretBox.of(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 random bytes");
    }
}
