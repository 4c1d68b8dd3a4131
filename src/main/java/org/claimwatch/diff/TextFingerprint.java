package org.claimwatch.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of a text's words that ignores noise: whitespace, punctuation, case, timestamps
 * ("Updated 10:32 GMT"), reading times ("5 min read"), photo credits, related-link and ad lines, bylines.
 * Equal fingerprints mean the same news text (used to spot reverts A → B → A and noise-only versions). Pure.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    /** 32 hex digits (the first 128 bits of SHA-256 over the words that are news). */
    public static String of(String text) {
        MessageDigest sha = sha256();
        byte[] space = {' '};
        for (String line : text.split("\\R")) {
            String stripped = Noise.strip(line);
            List<Token> tokens = Tokenizer.of(stripped);
            if (Noise.isBoilerplate(stripped, tokens)) {
                continue;
            }
            for (Token t : tokens) {
                sha.update(t.norm().getBytes(StandardCharsets.UTF_8));
                sha.update(space);
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
