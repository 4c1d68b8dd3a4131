package org.claimwatch.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A help box, in any language: a short box that opens with a question to the reader ("Need to talk?", "Brauchen Sie
 * Hilfe?") set apart (its own heading, paragraph or bold run) and gives a number to call or an address to write to
 * (a helpline, a tip line). A paragraph of the story that opens with a question and mentions a number reports
 * figures ("12,400 calls", "4.5 million") or whose words they are; a help box does neither.
 */
final class HelpBox {

    private static final int MAX_CHARS = 350;
    private static final int MIN_CHARS = 20;
    private static final int MAX_QUESTION = 60;
    /**
     * A number to call: digits in groups ("0800 123 456", "116 123", "22 40 00 40"), six digits or more in all, or a
     * short number of five or six ("90101"); not a price, a model ("ATR2100") or a count. Or an e-mail or web address.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w$€£]|\\d[,.])(?:\\d{2,4}(?:[ \\u00a0-]\\d{1,4}){1,4}"
            + "|\\d{5,6})(?![\\w%]|[,.]\\d)");
    private static final Pattern ADDRESS = Pattern.compile(HouseNote.EMAIL.pattern()
            + "|\\b[\\w-]{2,}\\.(?:[a-z]{2}|com|org|net)\\b");
    private static final int MIN_GROUPED_DIGITS = 6;
    /** A figure of a report: thousands or decimals ("12,400", "4.5"), a share, a year. */
    private static final Pattern FIGURE = Pattern.compile("\\d[,.]\\d|\\d\\s?%|\\b(?:19|20)\\d\\d\\b");

    private HelpBox() {
    }

    /** Whether {@code e}, of {@code chars} visible characters, is a help box. */
    static boolean is(Element e, int chars) {
        if (chars > MAX_CHARS || chars < MIN_CHARS) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first == null || !endsWithQuestion(first)) {
            return false;
        }
        String question = first.text().strip();
        if (question.length() > MAX_QUESTION || !(question.endsWith("?") || question.endsWith("？"))
                || question.indexOf(' ') < 0 && question.length() < 8) {
            return false;
        }
        String text = e.text();
        if (!text.startsWith(question.substring(0, Math.min(question.length(), 10)))) {
            return false; // the question is not what the box opens with
        }
        String rest = text.substring(Math.min(text.length(), question.length()));
        return (hasPhone(rest) || ADDRESS.matcher(rest).find()) && !FIGURE.matcher(rest).find()
                && !ReportedSpeech.attributes(text) && PromoBox.isOneOff(e);
    }

    /** Whether the last words of {@code n} end in a question mark (read without building its text). */
    private static boolean endsWithQuestion(Node n) {
        for (int i = n.childNodeSize() - 1; i >= 0; i--) {
            Node child = n.childNode(i);
            if (child instanceof TextNode t) {
                String s = t.getWholeText().strip();
                if (!s.isEmpty()) {
                    char last = s.charAt(s.length() - 1);
                    return last == '?' || last == '？';
                }
            } else if (child instanceof Element && child.childNodeSize() > 0) {
                return endsWithQuestion(child);
            }
        }
        return false;
    }

    private static boolean hasPhone(String t) {
        Matcher m = PHONE.matcher(t);
        while (m.find()) {
            int digits = 0;
            for (int i = m.start(); i < m.end(); i++) {
                digits += Character.isDigit(t.charAt(i)) ? 1 : 0;
            }
            if (digits >= MIN_GROUPED_DIGITS || digits == m.group().length()) {
                return true;
            }
        }
        return false;
    }
}
