package org.claimwatch.alerts;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook secrets at rest: AES-256-GCM under a key from the configuration ({@code enc:v1:} + base64 of nonce and
 * ciphertext); without a key, secrets are stored as they are. Values without the prefix are read as plain
 * (secrets stored before a key was set). Immutable and thread-safe.
 */
public final class SecretBox {

    private static final String PREFIX = "enc:v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * A box for {@code base64Key} (32 bytes, base64); blank means none: secrets are stored in plain.
     *
     * @throws IllegalArgumentException when the key is not 32 bytes of base64
     */
    public static SecretBox of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new SecretBox(null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alerts.secretKey must be base64 of 32 random bytes");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("alerts.secretKey must be base64 of 32 random bytes, not " + bytes.length);
        }
        return new SecretBox(new SecretKeySpec(bytes, "AES"));
    }

    /** What to store for {@code secret}. */
    public String seal(String secret) {
        if (key == null || secret == null) {
            return secret;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * The secret behind a stored value.
     *
     * @throws IllegalStateException when it is sealed and there is no key or another key
     */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("webhook secrets are encrypted but alerts.secretKey is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret cannot be decrypted with alerts.secretKey (wrong key?)");
        }
    }
}
