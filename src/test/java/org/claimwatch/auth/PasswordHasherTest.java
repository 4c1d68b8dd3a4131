package org.claimwatch.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1024, 1, 1);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = fast.hash("correct horse battery staple");
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(PasswordHasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(PasswordHasher.verify("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(fast.hash("same")).isNotEqualTo(fast.hash("same"));
    }

    @Test
    void malformedEncodingNeverVerifies() {
        assertThat(PasswordHasher.verify("x", "plain-text")).isFalse();
        assertThat(PasswordHasher.verify("x", "$argon2i$v=19$m=1024,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(PasswordHasher.verify("x", null)).isFalse();
    }
}
