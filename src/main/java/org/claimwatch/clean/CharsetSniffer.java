package org.claimwatch.clean;

import org.claimwatch.charset.CharsetGuess;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text: byte-order mark first, then the HTTP charset, then {@code <meta charset>},
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252. Pure and thread-safe.
 */
final class CharsetSniffer {

    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    /** The decoded page text; never null. */
    static String decode(byte[] bytes, String httpCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = charsetNamed(httpCharset);
        if (declared != null && !isUtf8(declared)) {
            return new String(bytes, declared);
        }
        if (declared == null) {
            declared = metaCharset(bytes);
            // A page whose bytes are valid UTF-8 with multi-byte characters is UTF-8 whatever its meta tag says:
            // legacy single-byte text almost never forms valid UTF-8 sequences by accident.
            if (declared != null && !isUtf8(declared) && !(isSingleByte(declared) && hasValidMultibyteUtf8(bytes))) {
                return new String(bytes, declared);
            }
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || strictUtf8(bytes) != null) {
            return utf8;
        }
        // Not valid UTF-8: a few stray bytes in a UTF-8 page keep UTF-8; mostly invalid means a legacy page, whose
        // encoding the detector guesses (Big5, Shift_JIS, windows-1251, ...), windows-1252 when it cannot tell.
        return mostlyUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                : new String(bytes, CharsetGuess.of(bytes, WINDOWS_1252));
    }

    /** The charset named by a {@code <meta charset>} or {@code http-equiv} tag near the top, or null. */
    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252"; // what browsers do, per the WHATWG encoding standard
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra == 0) {
                i++;
                continue;
            }
            boolean ok = extra > 0;
            for (int k = 1; ok && k <= extra; k++) {
                ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > invalid * 4;
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasValidMultibyteUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && strictUtf8(bytes) != null;
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
