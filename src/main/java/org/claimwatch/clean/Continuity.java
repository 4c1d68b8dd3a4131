package org.claimwatch.clean;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extraction that changes only where the page changed. A re-fetched page is cleaned afresh, and the cleaner's
 * choices can move when nothing in the article did: rotating teasers shift which container wins, a promo box
 * tips a block over a threshold. Each such move would reach editors as claims removed or added. So the fresh
 * extraction is reconciled with the stored version, paragraph by paragraph, against the visible text of both pages:
 * <ul>
 *   <li>a paragraph of the stored version that the fresh extraction lost, but that the page still shows, stays
 *   where it was (a claim is "removed" only when it has left the page);</li>
 *   <li>a paragraph the fresh extraction added, but that the previous page already showed outside the article,
 *   stays out (it is not new: only the cleaner's mind changed);</li>
 *   <li>text written into a slot of the page that held furniture (the two pages' text nodes aligned, the old
 *   texts none of them in the stored article) stays out: phrase rules that caught the old wording may miss the
 *   new one;</li>
 *   <li>a line that is mostly one link's text stays out (a pointer to another page is no claim, and teasers turn
 *   over on every fetch; in a list of links, a linked sentence is one more teaser);</li>
 *   <li>an edited paragraph replaces its old wording even when that still shows elsewhere on the page.</li>
 * </ul>
 * Text that is new on the page, edited or gone is the fresh extraction's, unchanged. Paragraphs of fewer than
 * {@link #MIN_WORDS} words are left to the extraction (too short to be found reliably). Pure and thread-safe.
 */
public final class Continuity {

    /** Paragraphs shorter than this many words are never carried or held out. */
    static final int MIN_WORDS = 3;
    /** Pages with more text nodes than this, or more changed ones than {@link #MAX_CHANGED_NODES}, are not aligned. */
    static final int MAX_NODES = 5_000;
    static final int MAX_CHANGED_NODES = 1_000;
    /** A link line of this many words or more that ends like a sentence is text. */
    static final int SENTENCE_WORDS = 6;
    /** Link lines in one run that make it a list of links (see {@link #linkList}). */
    static final int LIST_LINKS = 3;
    /** A link line at least this long is a sentence written as a link, and treated as text. */
    static final int MAX_LINK_LINE = 160;
    /** An edited paragraph shares at least this many tenths of the shorter side's distinct words with its old self. */
    private static final int EDIT_SHARE_TENTHS = 6;

    /**
     * A page as continuity sees it: its whole visible text, the texts of its links, and its text nodes in document
     * order (the page's slots; empty when unknown).
     */
    public record Page(String text, List<String> links, List<String> nodes) {
        public Page {
            links = List.copyOf(links);
            nodes = List.copyOf(nodes);
        }

        public Page(String text, List<String> links) {
            this(text, links, List.of());
        }
    }

    private Continuity() {
    }

    /**
     * Reconciles {@code fresh} (the new extraction, paragraphs separated by blank lines) with {@code stored} (the
     * newest stored version's text), given the visible text of the page {@code stored} came from
     * ({@code storedPage}) and of the new page ({@code freshPage}). Any of the three others null: {@code fresh}.
     */
    public static String carry(String stored, String storedPage, String fresh, String freshPage) {
        return carry(stored, storedPage == null ? null : new Page(storedPage, List.of()), fresh,
                freshPage == null ? null : new Page(freshPage, List.of()));
    }

    /**
     * As {@link #carry(String, String, String, String)}, knowing the pages' links. A line the fresh extraction
     * added that is nothing but a link's text (shorter than {@link #MAX_LINK_LINE}, and not a sentence) stays out: a pointer to another
     * page is no claim of this article, and teasers turn over on every fetch. Where such lines took the place of
     * stored lines that were links' texts and are gone, a teaser slot rotated: the stored lines stay.
     */
    public static String carry(String stored, Page storedPage, String fresh, Page freshPage) {
        return reconcile(stored, storedPage, fresh, freshPage).text();
    }

    /**
     * The reconciled text ({@code text}: what {@link #carry(String, Page, String, Page)} gives) and the stored
     * text to diff it against ({@code storedBasis}): the stored text without the paragraphs whose slot turned
     * over. Such a paragraph is gone from the page, and every text node it was written in now holds text, in the
     * same place (a run of nodes replaced node for node), that the fresh extraction leaves out: the slot is the
     * page's furniture (an author's biography, a promotion), which the stored version took for article text, and its
     * old text leaving is no claim removed. A paragraph deleted, or rewritten into text the extraction keeps, stays
     * in the basis; so does every paragraph when more than half of the stored words would turn over (a takedown, a
     * redesign).
     */
    public record Reconciled(String text, String storedBasis) {
    }

    /** As {@link #carry(String, Page, String, Page)}, with the stored text to diff against ({@link Reconciled}). */
    public static Reconciled reconcile(String stored, Page storedPage, String fresh, Page freshPage) {
        if (stored == null || storedPage == null || freshPage == null || fresh == null || stored.equals(fresh)) {
            return new Reconciled(fresh, stored);
        }
        List<String> before = paragraphs(stored);
        List<String> after = paragraphs(fresh);
        Patch<String> patch = DiffUtils.diff(before, after);
        if (patch.getDeltas().isEmpty()) {
            return new Reconciled(fresh, stored);
        }
        PageWords oldPage = new PageWords(storedPage);
        PageWords newPage = new PageWords(freshPage);
        Slots outside = Slots.outside(storedPage.nodes(), freshPage.nodes(), " " + normal(stored) + " ",
                linkTexts(storedPage), linkTexts(freshPage));
        List<String> out = new ArrayList<>(Math.max(before.size(), after.size()));
        List<String> gone = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int at = d.getTarget().getPosition();
            out.addAll(after.subList(next, at));
            List<String> fresher = new ArrayList<>();
            boolean links = false;
            boolean linkedSentencesOnly = true;
            boolean list = linkList(d.getTarget().getLines(), newPage);
            for (String p : d.getTarget().getLines()) {
                boolean link = newPage.isLink(p) && p.length() < MAX_LINK_LINE;
                if (link && (list || !isSentence(p))) {
                    links = true;
                } else if (!outside.covers(p) && !oldPage.shows(p)) {
                    fresher.add(p);
                    linkedSentencesOnly &= link;
                }
            }
            // a slot whose links' texts all left for other links' texts turned over, whatever their shape
            if ((links || !fresher.isEmpty()) && (fresher.isEmpty() || linkedSentencesOnly)
                    && rotated(d.getSource().getLines(), oldPage, newPage)) {
                out.addAll(d.getSource().getLines());
                next = at + d.getTarget().size();
                continue;
            }
            for (String p : d.getSource().getLines()) {
                if (newPage.shows(p) && !editedInto(p, fresher)) {
                    out.add(p);
                } else if (!newPage.shows(p)) {
                    gone.add(p);
                }
            }
            out.addAll(fresher);
            next = at + d.getTarget().size();
        }
        out.addAll(after.subList(next, after.size()));
        String text = String.join("\n\n", out);
        return new Reconciled(text, basis(stored, before, gone, outside, " " + normal(text) + " "));
    }

    /** The stored text without its paragraphs whose slot turned over ({@link Reconciled}). */
    private static String basis(String stored, List<String> before, List<String> gone, Slots slots, String kept) {
        List<String> turned = new ArrayList<>();
        int words = 0;
        for (String p : gone) {
            if (slots.turnedOver(p, kept)) {
                turned.add(p);
                words += count(normal(p));
            }
        }
        if (turned.isEmpty() || words * 2 > count(normal(stored))) {
            return stored;
        }
        List<String> rest = new ArrayList<>(before);
        rest.removeAll(turned);
        return String.join("\n\n", rest);
    }

    /**
     * The lines are a list of links: {@link #LIST_LINKS} or more of them, two thirds or more, are links' texts. In
     * such a list a linked sentence is one more teaser (a summary written as a sentence), not an update.
     */
    private static boolean linkList(List<String> lines, PageWords page) {
        int n = 0;
        for (String p : lines) {
            n += page.isLink(p) && p.length() < MAX_LINK_LINE ? 1 : 0;
        }
        return n >= LIST_LINKS && n * 3 >= lines.size() * 2;
    }

    /**
     * A teaser slot that turned over: every stored line of the change is gone from the page and was a link's text
     * on the old page (and the lines in its place are links' texts on the new page).
     */
    private static boolean rotated(List<String> gone, PageWords oldPage, PageWords newPage) {
        for (String p : gone) {
            if (newPage.shows(p) || !oldPage.isLink(p)) {
                return false;
            }
        }
        return !gone.isEmpty();
    }

    /**
     * True when one of the paragraphs new on the page is {@code old} edited (most of the shorter one's words are
     * shared): the edit replaces it, even when its old wording lives on elsewhere on the page (a summary box, a
     * second copy of the article).
     */
    private static boolean editedInto(String old, List<String> fresher) {
        if (fresher.isEmpty()) {
            return false;
        }
        Set<String> a = new HashSet<>(Arrays.asList(normal(old).split(" ")));
        for (String p : fresher) {
            Set<String> b = new HashSet<>(Arrays.asList(normal(p).split(" ")));
            int shared = 0;
            for (String w : b) {
                shared += a.contains(w) ? 1 : 0;
            }
            if (shared >= MIN_WORDS && shared * 10 >= Math.min(a.size(), b.size()) * EDIT_SHARE_TENTHS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts now written where the previous page had furniture: the two pages' text nodes are aligned, and in a
     * run of nodes replaced in place node for node, a node whose old text (two words or more, or a link's text now
     * replaced by a link's text: a link slot, however short its old words) was not in the stored article held
     * furniture: what took its place is furniture's too. A node inserted where there was none, one in a
     * run whose length changed (a paragraph added after a timestamp that ticked), or one replacing article text, is
     * not.
     */
    private record Slots(Map<String, Integer> texts, Map<String, String> replaced) {

        static Slots outside(List<String> oldNodes, List<String> newNodes, String article, Set<String> oldLinks,
                             Set<String> newLinks) {
            Map<String, Integer> texts = new HashMap<>();
            Map<String, String> replaced = new HashMap<>();
            if (oldNodes.isEmpty() || newNodes.isEmpty()) {
                return new Slots(texts, replaced);
            }
            List<String> a = words(oldNodes);
            List<String> b = words(newNodes);
            if (a.size() > MAX_NODES || b.size() > MAX_NODES || changed(a, b) > MAX_CHANGED_NODES) {
                return new Slots(texts, replaced); // a huge or redesigned page: aligning it would cost more than it can tell
            }
            for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
                List<String> olds = d.getSource().getLines();
                List<String> news = d.getTarget().getLines();
                if (olds.size() != news.size()) {
                    // nodes were added or taken away in the run (a paragraph inserted after a timestamp that
                    // ticked): which new node took which old one's place is unknown, so none is furniture's
                    continue;
                }
                for (int k = 0; k < olds.size(); k++) {
                    String old = olds.get(k);
                    boolean linkSlot = oldLinks.contains(old) && newLinks.contains(news.get(k));
                    if ((count(old) >= 2 || linkSlot) && !article.contains(" " + old + " ") && !news.get(k).isEmpty()) {
                        texts.merge(news.get(k), count(news.get(k)), Math::max);
                    } else if (count(old) >= 2 && !news.get(k).isEmpty()) {
                        replaced.merge(old, news.get(k), (x, y) -> x + "\n" + y);
                    }
                }
            }
            return new Slots(texts, replaced);
        }

        /**
         * Two thirds or more of the gone paragraph's words were in nodes replaced in place, and none of the texts
         * now in those places is in {@code kept} (the reconciled text, normalised and padded): its slot turned over.
         */
        boolean turnedOver(String paragraph, String kept) {
            String padded = replaced.isEmpty() ? null : paddedWords(paragraph);
            if (padded == null) {
                return false;
            }
            int n = count(padded.strip());
            int covered = 0;
            for (Map.Entry<String, String> r : replaced.entrySet()) {
                if (padded.contains(" " + r.getKey() + " ")) {
                    for (String now : r.getValue().split("\n")) {
                        if (kept.contains(" " + now + " ")) {
                            return false;
                        }
                    }
                    covered += count(r.getKey());
                }
            }
            return covered * 3 >= n * 2;
        }

        /** The paragraph's words one space apart, padded with a space each side; null under {@link #MIN_WORDS}. */
        private static String paddedWords(String paragraph) {
            String w = normal(paragraph);
            return count(w) < MIN_WORDS ? null : " " + w + " ";
        }

        /** How many of {@code b}'s node texts {@code a} does not have (a bound on the alignment's work). */
        private static int changed(List<String> a, List<String> b) {
            Set<String> old = new HashSet<>(a);
            int n = 0;
            for (String w : b) {
                n += old.contains(w) ? 0 : 1;
            }
            return n;
        }

        private static List<String> words(List<String> nodes) {
            List<String> out = new ArrayList<>(nodes.size());
            for (String n : nodes) {
                String w = normal(n);
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }

        /** Two thirds or more of the paragraph's words are furniture's slot texts. */
        boolean covers(String paragraph) {
            String padded = texts.isEmpty() ? null : paddedWords(paragraph);
            if (padded == null) {
                return false;
            }
            int n = count(padded.strip());
            int covered = 0;
            for (Map.Entry<String, Integer> t : texts.entrySet()) {
                if (t.getValue() <= n && padded.contains(" " + t.getKey() + " ")) {
                    covered += t.getValue();
                }
            }
            return covered * 3 >= n * 2;
        }
    }

    /** The page's link texts, normalised ({@link #normal}). */
    private static Set<String> linkTexts(Page page) {
        Set<String> out = new HashSet<>();
        for (String link : page.links()) {
            String w = normal(link);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A line that reads as a sentence (ends like one, six words or more): a sentence written as a link ("Police
     * arrested a suspect, officials said.") is text; teasers are headlines, without a final stop.
     */
    private static boolean isSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        boolean ends = last == '.' || last == '!' || last == '"' || last == '”' || last == '’';
        return ends && count(normal(t)) >= SENTENCE_WORDS;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.asList(text.split("\n\n"));
    }

    /** A page's visible text as a sequence of lower-case words, searchable for a paragraph's words. */
    private static final class PageWords {
        private final String words;
        /** Normalised link texts of {@link #MIN_WORDS} words or more, with their word counts. */
        private final Map<String, Integer> links = new HashMap<>();

        PageWords(Page page) {
            this.words = " " + normal(page.text()) + " ";
            for (String link : page.links()) {
                String w = normal(link);
                int n = count(w);
                if (n >= MIN_WORDS) {
                    links.put(w, n);
                }
            }
        }

        /** Most of the paragraph (two thirds of its words or more) is the text of one link, in one run. */
        boolean isLink(String paragraph) {
            String w = normal(paragraph);
            int n = count(w);
            String padded = " " + w + " ";
            for (Map.Entry<String, Integer> link : links.entrySet()) {
                if (link.getValue() * 3 >= n * 2 && link.getValue() <= n && padded.contains(" " + link.getKey() + " ")) {
                    return true;
                }
            }
            return false;
        }

        boolean shows(String paragraph) {
            String w = normal(paragraph);
            if (w.isEmpty() || count(w) < MIN_WORDS) {
                return false;
            }
            return words.contains(" " + w + " ");
        }
    }

    private static int count(String words) {
        int n = 1;
        for (int i = 0; i < words.length(); i++) {
            n += words.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** Lower-case letter and digit runs, one space apart (spacing, case and punctuation do not count). */
    static String normal(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
