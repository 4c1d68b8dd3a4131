package org.claimwatch.feeds.parse;

import org.claimwatch.charset.CharsetGuess;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a feed body to text (BOM, HTTP header, XML prolog, then {@link CharsetGuess}) and sniffs its kind. */
final class FeedText {

    /** What a decoded body looks like. */
    enum Kind { EMPTY, XML, JSON, HTML, OTHER }

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern FEED_START = Pattern.compile("<(\\?xml|rss|feed|rdf:RDF|channel)[\\s>/?]");
    private static final Pattern HTML_START = Pattern.compile("(?i)<(!doctype\\s+html|html)[\\s>]");
    private static final int SNIFF_CHARS = 4096;

    private FeedText() {
    }

    /** Decodes {@code body}; {@code contentType} (may be null) is the HTTP Content-Type header. */
    static String decode(byte[] body, String contentType) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        }
        String text = charset != null
                ? new String(body, bomLength, body.length - bomLength, charset)
                : decodeDeclared(body, declared(contentType, HEADER_CHARSET), prologCharset(body));
        return stripIllegalXmlChars(text);
    }

    private static String decodeDeclared(byte[] body, Charset header, Charset prolog) {
        Charset declared = header != null ? header : prolog;
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            String strict = strictUtf8(body);
            if (strict != null) {
                return strict;
            }
            Charset other = prolog != null && !prolog.equals(StandardCharsets.UTF_8) ? prolog
                    : CharsetGuess.of(body, windows1252());
            return new String(body, other);
        }
        if (isSingleByteLatin(declared) && hasNonAscii(body)) {
            String strict = strictUtf8(body);
            if (strict != null) {
                return strict;
            }
            return new String(body, windows1252());
        }
        return new String(body, declared);
    }

    /** Sniffs the kind of a decoded body; {@code contentType} (may be null) breaks ties. */
    static Kind sniff(String text, String contentType) {
        int start = firstNonSpace(text);
        if (start < 0) {
            return Kind.EMPTY;
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            return Kind.JSON;
        }
        String head = text.substring(start, Math.min(text.length(), start + SNIFF_CHARS));
        String root = FeedText.rootName(head);
        if (root != null && root.equalsIgnoreCase("html") || HTML_START.matcher(head).lookingAt()) {
            return Kind.HTML;
        }
        if (first == '<' || FEED_START.matcher(head).find()) {
            return Kind.XML;
        }
        if (HTML_START.matcher(head).find() || contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return Kind.HTML;
        }
        return Kind.OTHER;
    }

    /** Text from the first XML-looking tag on, dropping junk such as a PHP warning printed before the feed. */
    static String fromFirstTag(String text) {
        int start = firstNonSpace(text);
        if (start >= 0 && text.charAt(start) == '<') {
            return text;
        }
        Matcher m = FEED_START.matcher(text);
        return m.find() && m.start() < SNIFF_CHARS ? text.substring(m.start()) : text;
    }

    /** The name of the first element after the prolog (comments, PIs, DOCTYPE), or null. */
    static String rootName(String text) {
        int i = 0;
        int n = Math.min(text.length(), SNIFF_CHARS * 4);
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return null;
            }
            if (text.startsWith("<?", lt)) {
                i = skipPast(text, lt, "?>");
            } else if (text.startsWith("<!--", lt)) {
                i = skipPast(text, lt, "-->");
            } else if (text.startsWith("<!", lt)) {
                i = skipPast(text, lt, ">");
            } else {
                int end = lt + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                return end > lt + 1 ? text.substring(lt + 1, end) : null;
            }
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    private static int firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Charset prologCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        return declared(head, PROLOG_ENCODING);
    }

    private static Charset declared(String source, Pattern pattern) {
        if (source == null) {
            return null;
        }
        Matcher m = pattern.matcher(source);
        if (!m.find()) {
            return null;
        }
        try {
            Charset cs = Charset.forName(m.group(1));
            return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? windows1252() : cs;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset cs) {
        return cs.equals(windows1252()) || cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII);
    }

    private static Charset windows1252() {
        return Charset.forName("windows-1252");
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Removes characters XML 1.0 forbids (control characters, unpaired surrogates, U+FFFE/U+FFFF). */
    static String stripIllegalXmlChars(String text) {
        int firstBad = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!legalAt(text, i)) {
                firstBad = i;
                break;
            }
        }
        if (firstBad < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, firstBad);
        for (int i = firstBad; i < text.length(); i++) {
            if (legalAt(text, i)) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean legalAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
