package org.claimwatch.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that a publisher encoded twice (UTF-8 bytes read as Windows-1252 and encoded again: "â€™" for "’",
 * "Â " for a no-break space). Each suspicious run is re-decoded on its own and replaced only when it is a clean
 * UTF-8 sequence, so real accents ("Crème", "São") are never touched. Pure and thread-safe.
 */
final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** A UTF-8 lead byte seen as Windows-1252 (Â..ô) followed by continuation bytes seen the same way. */
    private static final Pattern RUN = Pattern.compile(
            "[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018\\u2019\\u201A\\u201C\\u201D\\u201E\\u2020\\u2021\\u2022\\u2026\\u2030"
                    + "\\u2039\\u203A\\u20AC\\u2122]{1,3}");
    /** A double-encoded no-break space whose second half was already normalised to a space or trimmed. */
    private static final Pattern LONE_A = Pattern.compile("\\s*\\u00C2(?=\\s|$)");

    private Mojibake() {
    }

    static String repair(String text) {
        if (text.indexOf('\u00C2') < 0 && text.indexOf('\u00C3') < 0 && text.indexOf('\u00E2') < 0) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group())));
        }
        m.appendTail(out);
        return LONE_A.matcher(out).replaceAll("").strip();
    }

    private static String decode(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c; // Latin-1 reading, including C1 controls (U+0080..U+009F)
            } else {
                ByteBuffer one = CP1252.encode(CharBuffer.wrap(new char[] {c}));
                if (one.remaining() != 1 || one.get(0) == '?') {
                    return run;
                }
                bytes[i] = one.get(0);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.length() == 1 ? decoded : run;
        } catch (CharacterCodingException e) {
            return run;
        }
    }
}
