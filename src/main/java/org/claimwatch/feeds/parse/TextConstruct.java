package org.claimwatch.feeds.parse;

import org.jdom2.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The text of an element that may be an Atom text construct: base64 ({@code mode="base64"} in Atom 0.3,
 * {@code type="base64"} as some Atom 1.0 producers write it) is decoded as UTF-8; otherwise the element's text,
 * with any markup left for {@link FeedItems#plainText}. Pure.
 */
final class TextConstruct {

    private TextConstruct() {
    }

    /** The text of {@code e} (may be null), decoded; null for null. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String value = e.getValue();
        if (isBase64(e.getAttributeValue("mode")) || isBase64(e.getAttributeValue("type"))) {
            try {
                return new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return value;
            }
        }
        return value;
    }

    private static boolean isBase64(String attr) {
        return attr != null && attr.strip().toLowerCase(Locale.ROOT).equals("base64");
    }
}
