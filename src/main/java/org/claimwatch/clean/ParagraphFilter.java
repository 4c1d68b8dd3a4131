package org.claimwatch.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate removal over the collected blocks of a page: each line by the {@link LineRules}, repeats (and repeats
 * of dropped captions), the title, tables of contents, a tail that starts at a "Latest Stories" style heading, a
 * promotional tail, a closing author box, the site's pitch for itself, and short non-sentence lines at the edges
 * (titles, bylines, dates). Pure.
 */
final class ParagraphFilter {

    private static final int LEADING_PITCH = 100;

    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("(?i)\\b(?:we|us|our)\\b");

    /** Edge trimming stops after this many lines: a longer run of short lines is content (a list, a table). */
    private static final int MAX_EDGE_NOISE = 12;

    private static final int MAX_REMEMBERED_CAPTIONS = 64;

    /** Words one of which every tail opener or paywall line holds (a cheap test before the patterns). */
    private static final String[] TAIL_WORDS = {"subscri", "newsletter", "story", "favo", "promotion", "account",
        "member", "comment", "support", "donate", "sign", "log", "patron", "updates", "mailing", "continue",
        "limit", "unlock", "register", "reading", "reached", "read", "exclusive", "only"};

    /** Rules that drop a line for what it says of the article (its date, byline, caption), not as furniture. */
    private static final Set<String> NOT_FURNITURE = Set.of("filter.meta-line", "filter.dated-meta-line",
            "filter.date-only", "filter.caption", "filter.no-letters");
    private static final Set<String> BYLINE_RULES = Set.of("filter.meta-line", "filter.dated-meta-line",
            "filter.date-only");

    private ParagraphFilter() {
    }

    /**
     * The paragraphs of the text: boilerplate lines, repeats, the title, tables of contents and promo tails dropped,
     * and, when named, the site's closing pitch for itself ({@code siteName}) and a closing biography of the byline's
     * author ({@code byline}); either may be null.
     */
    static List<Paragraph> filter(List<Block> blocks, String title, String siteName, String byline) {
        return filter(blocks, title, siteName, byline, false, null);
    }

    /**
     * As {@link #filter(List, String, String, String)}, recording each dropped block in {@code trace} (nullable);
     * on a page that says it is in English ({@code english}) the other languages' line rules are skipped.
     */
    static List<Paragraph> filter(List<Block> blocks, String title, String siteName, String byline, boolean english,
                                  CleanTrace trace) {
        return filter(blocks, new Boxes(), title, siteName, byline, english, trace);
    }

    /** As above, dropping what furniture boxes leave behind ({@link BoxRemnants}; {@code boxes} from the collector). */
    static List<Paragraph> filter(List<Block> blocks, Boxes boxes, String title, String siteName, String byline,
                                  boolean english, CleanTrace trace) {
        List<Block> kept = new ArrayList<>(blocks.size());
        List<Integer> keptAt = new ArrayList<>(blocks.size()); // each kept block's index in blocks
        BitSet ruleDropped = new BitSet(blocks.size());
        BitSet furniture = new BitSet(blocks.size()); // dropped as furniture, not only as a title, byline or date
        BitSet bylines = new BitSet(blocks.size());
        Set<String> seen = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        int total = 0;
        for (Block b : blocks) {
            total += b.text().length();
        }
        String titleKey = title == null ? null : key(title);
        int titleLength = title == null ? -1 : title.length();
        int position = 0;
        boolean skippingList = false;
        List<Integer> droppedBylines = new ArrayList<>(2);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            position += b.text().length();
            String text = stripDateline(b.text());
            Block block = text.equals(b.text()) ? b : b.withText(text);
            if (titleKey != null && Math.abs(text.length() - titleLength) < 12 && key(text).equals(titleKey)) {
                note(trace, "filter.title", text);
                continue;
            }
            if (ContentsList.isHeading(text)) {
                int end = ContentsList.end(blocks, i);
                note(trace, "filter.contents-list", text);
                furniture.set(i, end);
                for (int j = i + 1; j < end; j++) {
                    position += blocks.get(j).text().length();
                    note(trace, "filter.contents-list", blocks.get(j).text());
                }
                i = end - 1;
                continue;
            }
            boolean tailHeading = text.length() < 30 && LinePatterns.TAIL_HEADING.matcher(text).matches();
            boolean listHeading = isListHeading(block);
            boolean tail = (tailHeading || listHeading) && position > total * 0.3
                    && TeaserTail.follows(blocks, i + 1, TeaserTail.chars(kept));
            if (tailHeading && tail || listHeading) {
                if (tail || kept.isEmpty() && position > total * 0.2) {
                    for (int j = i; j < blocks.size(); j++) {
                        note(trace, "filter.list-heading-tail", blocks.get(j).text());
                    }
                    break;
                }
                note(trace, "filter.list-heading", text);
                furniture.set(i);
                skippingList = true;
                continue;
            }
            if (skippingList) {
                if (block.listItem() || block.linkDensity() > 0.5 || text.length() < 80) {
                    note(trace, "filter.list-heading", text);
                    furniture.set(i);
                    continue;
                }
                skippingList = false;
            }
            String rule = LineRules.boilerplateRule(block, english);
            if (rule != null) {
                note(trace, rule, text);
                ruleDropped.set(i);
                if (!NOT_FURNITURE.contains(rule)) {
                    furniture.set(i);
                } else if (BYLINE_RULES.contains(rule)) {
                    bylines.set(i);
                }
                if ("filter.pointer".equals(rule) && PollLabels.opensPoll(text)) {
                    skippingList = true; // the poll's answers and its buttons follow
                }
                if (text.length() <= AuthorBox.MAX_OPENER && AuthorBox.isByline(text)) {
                    droppedBylines.add(kept.size());
                }
                if (dropped.size() < MAX_REMEMBERED_CAPTIONS && text.length() >= 30
                        && LineRules.isCaption(text.toLowerCase(Locale.ROOT))) {
                    dropped.add(key(text));
                }
                continue;
            }
            if (text.length() > 20 && !seen.add(text)) {
                note(trace, "filter.repeat", text);
                continue;
            }
            if (!dropped.isEmpty() && repeatsDropped(key(text), dropped)) {
                note(trace, "filter.repeats-caption", text);
                continue;
            }
            kept.add(block);
            keptAt.add(i);
        }
        BoxRemnants.cut(kept, keptAt, blocks, furniture, bylines, boxes, trace);
        List<Block> beforeThread = trace == null ? null : new ArrayList<>(kept);
        CommentThread.cut(kept, keptAt, blocks); // before the box label: a thread's heading may be left last
        traceCut(trace, "filter.comment-thread", beforeThread, kept);
        dropBoxLabel(kept, keptAt, ruleDropped, blocks.size(), trace);
        List<Block> before = trace == null ? null : new ArrayList<>(kept);
        cutPromoTail(kept);
        before = traceCut(trace, "filter.promo-tail", before, kept);
        AuthorBox.cut(kept, droppedBylines, AuthorBox.personNames(byline));
        before = traceCut(trace, "filter.author-box", before, kept);
        CompanyAbout.cut(kept); // after the author box: what the section leaves last is the release's own text
        before = traceCut(trace, "filter.company-about", before, kept);
        trimEdges(kept);
        before = traceCut(trace, "filter.edge-trim", before, kept);
        if (SelfPromotion.cut(kept, siteName)) {
            before = traceCut(trace, "filter.self-promotion", before, kept);
            trimEdges(kept);
            traceCut(trace, "filter.edge-trim", before, kept);
        }
        List<Paragraph> out = new ArrayList<>(kept.size());
        for (Block b : kept) {
            out.add(new Paragraph(b.marker() + Mojibake.repair(b.text()), b.heading()));
        }
        return out;
    }

    private static void note(CleanTrace trace, String rule, String text) {
        if (trace != null) {
            trace.removed(rule, text);
        }
    }

    /** Records the blocks a step took out of {@code kept} since {@code before}; the new snapshot (null when off). */
    private static List<Block> traceCut(CleanTrace trace, String rule, List<Block> before, List<Block> kept) {
        if (trace == null) {
            return null;
        }
        java.util.Set<Block> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        now.addAll(kept);
        for (Block b : before) {
            if (!now.contains(b)) {
                trace.removed(rule, b.text());
            }
        }
        return new ArrayList<>(kept);
    }

    private static boolean isListHeading(Block b) {
        String t = b.text();
        return t.length() < 60 && LinePatterns.LIST_HEADING.matcher(t).matches();
    }

    private static boolean repeatsDropped(String k, List<String> dropped) {
        if (k.length() < 30) {
            return false;
        }
        for (String d : dropped) {
            if (d.length() >= k.length() && d.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Drops short non-sentence lines before the first and after the last real paragraph. */
    private static void trimEdges(List<Block> kept) {
        int leading = 0;
        while (leading < kept.size() && leading < MAX_EDGE_NOISE
                && (isEdgeNoise(kept.get(leading), true) || isLeadingPitch(kept.get(leading))
                || isEmptyField(kept, leading))) {
            leading++;
        }
        if (leading < kept.size() && leading < MAX_EDGE_NOISE) {
            kept.subList(0, leading).clear();
        }
        for (int trailing = 0; trailing < MAX_EDGE_NOISE && !kept.isEmpty()
                && (isEdgeNoise(kept.get(kept.size() - 1), false) && !repeatsALabel(kept) && !continuesATable(kept)
                || isClosingPitch(kept.get(kept.size() - 1)) || isClosingAppeal(kept.get(kept.size() - 1)));
                trailing++) {
            kept.remove(kept.size() - 1);
        }
    }

    /**
     * Whether the last line is a row of a table whose row before it is kept: the end of a table of figures (the last
     * candidates of a results table), not noise after the article.
     */
    private static boolean continuesATable(List<Block> kept) {
        return kept.size() >= 2 && kept.get(kept.size() - 1).tableRow() && kept.get(kept.size() - 2).tableRow();
    }

    /**
     * Whether the last line is a "label: value" line whose label other lines of the text have too ("Approximate
     * cost per day: £6.81" closing the last of several daily menus): a row of the body, not noise after it.
     */
    private static boolean repeatsALabel(List<Block> kept) {
        String last = kept.get(kept.size() - 1).text();
        int colon = last.indexOf(':');
        if (colon < 3 || colon > 40) {
            return false;
        }
        String label = last.substring(0, colon + 1);
        for (int i = 0; i < kept.size() - 1; i++) {
            if (kept.get(i).text().startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A last paragraph that asks for likes, subscriptions or support ("If you liked this article, please consider
     * subscribing to ..."): such appeals run longer than the short lines {@link #isBoilerplate} checks.
     */
    private static boolean isClosingAppeal(Block b) {
        String t = b.text();
        if (t.length() <= LineRules.SHORT_LINE || t.length() > 2 * LineRules.SHORT_LINE) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return LineRules.hasAny(lower, LineRules.APPEAL_WORDS) && PitchPatterns.APPEAL.matcher(t).find()
                || LineRules.hasAny(lower, LineRules.NEWSLETTER_WORDS) && PitchPatterns.NEWSLETTER.matcher(t).find();
    }

    /**
     * A pitch before the article is a short banner ("Need a plumber? Call us") or one that speaks for the site ("Check
     * out our database"); a longer question that opens the text ("Looking for a beginner-friendly packing list? This
     * list covers ...") is its hook.
     */
    private static boolean isLeadingPitch(Block b) {
        return isPitch(b) && (b.text().length() < LEADING_PITCH || FIRST_PERSON_PLURAL.matcher(b.text()).find());
    }

    /**
     * A pitch after the article sells: it is short, links somewhere or speaks for the site ("Ready to grow? Contact
     * us"); a longer closing question without either ("Ready to lead your category? The agencies above ...") is the
     * article's own conclusion.
     */
    private static boolean isClosingPitch(Block b) {
        return isPitch(b) && (b.text().length() < LEADING_PITCH || b.linkDensity() > 0
                || FIRST_PERSON_PLURAL.matcher(b.text()).find());
    }

    private static boolean isPitch(Block b) {
        return b.text().length() < 300 && PitchPatterns.PITCH.matcher(b.text()).matches();
    }

    /**
     * Cuts the page's tail at a short line that opens a pitch (subscribe, donate, log in, share your story) when
     * that line sits in the last part of the text and only short lines follow it.
     */
    /**
     * The label of a box a line rule dropped, left last on the page: a short question or opener of six words or fewer
     * without a figure ("Struggling?", "Need help:") right before the dropped notice, with nothing kept after. A
     * sign-off ("— Dana") is no label.
     */
    private static void dropBoxLabel(List<Block> kept, List<Integer> keptAt, BitSet ruleDropped, int blocks,
                                     CleanTrace trace) {
        if (kept.isEmpty()) {
            return;
        }
        int last = kept.size() - 1;
        String t = kept.get(last).text().strip();
        int at = keptAt.get(last);
        if (at + 1 < blocks && ruleDropped.get(at + 1) && t.length() <= 40 && (t.endsWith("?") || t.endsWith(":"))
                && t.split("\\s+").length <= 6 && t.chars().noneMatch(Character::isDigit)) {
            note(trace, "filter.box-label", t);
            kept.remove(last);
            keptAt.remove(last);
        }
    }

    private static void cutPromoTail(List<Block> kept) {
        int total = 0;
        for (Block b : kept) {
            total += b.text().length();
        }
        int position = 0;
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            position += b.text().length();
            if (position < total * 0.6) {
                continue;
            }
            if (b.text().length() < 120 && LineRules.hasAny(b.text().toLowerCase(Locale.ROOT), TAIL_WORDS)
                    && (PitchPatterns.TAIL_OPENER.matcher(b.text()).find()
                    || PitchPatterns.PAYWALL.matcher(b.text()).find())
                    && onlyShortAfter(kept, i + 1, total)) {
                kept.subList(pitchStart(kept, i), kept.size()).clear();
                return;
            }
        }
    }

    /**
     * Where the pitch that {@code opener} belongs to starts: the short lines right before it that are not sentences
     * or speak of subscribing ("Subscribe to The Weekly", "Get more travel content") are part of it.
     */
    private static int pitchStart(List<Block> kept, int opener) {
        int start = opener;
        while (start > 0 && start > opener - 4) {
            Block b = kept.get(start - 1);
            String lower = b.text().toLowerCase(Locale.ROOT);
            boolean pitchLine = b.text().length() < 200 && (LineRules.hasAny(lower, LineRules.NEWSLETTER_WORDS)
                    || b.text().length() < 80 && !LineRules.SENTENCE_END.matcher(b.text()).matches());
            if (!pitchLine) {
                break;
            }
            start--;
        }
        return start;
    }

    /** Whether only short lines follow, and little text: a pitch of its own among them does not count. */
    private static boolean onlyShortAfter(List<Block> kept, int from, int total) {
        int rest = 0;
        for (int i = from; i < kept.size(); i++) {
            int n = kept.get(i).text().length();
            if (n > 600) {
                return false;
            }
            rest += isPitch(kept.get(i)) ? 0 : n;
        }
        return rest <= total * 0.25;
    }

    /**
     * Whether the block at {@code i} is one of two or more labels in a row that hold no value ("Video description:"
     * then "Episode image:"): fields of a template left empty. One label before prose introduces it and stays.
     */
    private static boolean isEmptyField(List<Block> kept, int i) {
        return isLabel(kept.get(i)) && (i > 0 && isLabel(kept.get(i - 1))
                || i + 1 < kept.size() && isLabel(kept.get(i + 1)));
    }

    private static boolean isLabel(Block b) {
        String t = b.text().strip();
        return t.length() < 40 && t.endsWith(":") && !b.listItem() && !hasWords(t, 5);
    }

    private static boolean isEdgeNoise(Block b, boolean leading) {
        String t = b.text();
        if (b.heading()) {
            return !leading || !hasWords(t, 3);
        }
        if (b.listItem()) {
            return false;
        }
        return !hasWords(t, leading ? 16 : 8) && !LineRules.SENTENCE_END.matcher(t).matches();
    }

    private static String stripDateline(String text) {
        if (!opensWithStampWord(text)) {
            return text;
        }
        Matcher m = LinePatterns.DATELINE_PREFIX.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /**
     * Whether the first character past the pattern's leading {@code \s} is the first letter of one of
     * {@link LinePatterns#DATELINE_PREFIX}'s words (date, published, posted, updated): most lines are spared it.
     */
    private static boolean opensWithStampWord(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && "dDpPuU".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether {@code t} has at least {@code n} words; stops counting there. In scripts written without spaces a
     * word is counted for every two characters of Han or kana, and every five letters of Thai, Lao, Khmer or Myanmar.
     */
    static boolean hasWords(String t, int n) {
        int count = 0;
        boolean in = false;
        int wide = 0;
        int unspaced = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '\u0e00') {
                if (TextStats.isWide(ch)) {
                    if (wide++ % 2 == 0 && ++count >= n) {
                        return true;
                    }
                    in = false;
                    continue;
                }
                if (TextStats.isUnspacedAlphabet(ch)) {
                    if (unspaced++ % 5 == 0 && ++count >= n) {
                        return true;
                    }
                    in = true;
                    continue;
                }
            }
            wide = 0;
            unspaced = 0;
            boolean w = ch < 128 ? isAsciiLetterOrDigit(ch) : Character.isLetterOrDigit(ch);
            if (w && !in && ++count >= n) {
                return true;
            }
            in = w;
        }
        return false;
    }

    /** Letters and digits only, lower-cased: how paragraphs are compared for repeats. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (isAsciiLetterOrDigit(c)) {
                    sb.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
                }
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link Character#isLetterOrDigit} for a character below 128, without the Unicode tables. */
    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
