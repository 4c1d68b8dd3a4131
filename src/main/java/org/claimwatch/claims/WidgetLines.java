package org.claimwatch.claims;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A page widget's line, learned rather than listed (issue 15): a weather strip, a market or currency board, a score
 * line of another game, a traffic or transit board, a jackpot, an air-quality box, a masthead date, a rotating teaser
 * with its section label. {@link PageWidgets}' patterns name the kinds editors met first; this maximum-entropy model
 * over words, character trigrams and the line's shape ({@link WidgetFeatures}) carries them to other phrasings and
 * languages. It reads only lines that are not sentences (no closing full stop, question or exclamation mark, at most
 * {@value #MAX_CHARS} characters): prose is never taken for a widget. Trained by {@code ./tools train-widgets} on the
 * TUNE corpora: widget lines that must stay silent against news lines that must alert and the human-reviewed article
 * lines of the TUNE half of the extraction benchmark. Pure, thread-safe.
 */
public final class WidgetLines {

    /** The class path resource holding the model (OpenNLP binary maxent, gzipped). */
    public static final String RESOURCE = "/org/claimwatch/claims/widget-lines.bin.gz";

    /** The model's two outcomes. */
    public static final String WIDGET = "widget";
    public static final String NEWS = "news";

    /** A line is a widget's when the model gives it at least this probability. */
    public static final double THRESHOLD = 0.9;

    /** The other side of a pair of lines is a widget's when the model gives it at least this probability. */
    public static final double PAIR_THRESHOLD = 0.5;

    /** A line of more words is read only when it is set out as fields ({@link #fielded}). */
    private static final int MAX_BARE_WORDS = 2;

    /** Where a label's colon may stand at the latest. */
    private static final int MAX_LABEL = 40;

    private static final String[] SEPARATORS = {"·", "|", "▸", "►", "▶", "•", "●", "▲", "▼", " – ", " — ", " / ", " - "};

    /** Longer lines are read as prose. */
    public static final int MAX_CHARS = 160;

    private WidgetLines() {
    }

    /**
     * Whether {@code line} is a page widget's line: not a sentence, naming no toll ({@link Tolls}: "Key figures: 12
     * dead · 48 injured" is the article's own box, whatever its shape; a missed toll costs more than a teaser's
     * alert), and the model is sure.
     */
    public static boolean is(String line) {
        return score(line) >= THRESHOLD;
    }

    /**
     * How sure the model is that {@code line} is a widget's: 0 for a line it does not read ({@link #readable}) and
     * for one naming a toll (looked for only where the model leans to a widget: the model is the cheaper test).
     */
    static double score(String line) {
        double p = readable(line) ? probability(line) : 0;
        return p >= PAIR_THRESHOLD && Tolls.named(line) ? 0 : p;
    }

    /** A line of a text, [start, end), that the model scores above 0. */
    record Scored(int start, int end, double score) {
    }

    /**
     * The lines of {@code text} the model scores above 0 ({@link #score}), in order. Every sentence the splitter finds
     * in one takes the line's score ("Read also: Crash on the A4. Two dead" is one teaser, not two claims), so one
     * fetch's line and the next fetch's are judged as lines ({@link #pair}). A widget stands among an article's
     * lines: a text of one line, such as a headline compared on its own, has none.
     */
    static List<Scored> lines(String text) {
        List<CharRange> all = Lines.of(text);
        if (all.size() < 2) {
            return List.of(); // a text of one line (a headline compared alone) has no page around it
        }
        List<Scored> out = new ArrayList<>();
        for (CharRange line : all) {
            double s = line.end() - line.start() > MAX_CHARS ? 0 : score(text.substring(line.start(), line.end()));
            if (s > 0) {
                out.add(new Scored(line.start(), line.end(), s));
            }
        }
        return out;
    }

    /**
     * Whether two fetches' versions of a line are a widget ticking: the model is sure of one ({@link #THRESHOLD}) and
     * leans that way on the other ({@link #PAIR_THRESHOLD}).
     */
    public static boolean pair(double before, double after) {
        return Math.max(before, after) >= THRESHOLD && Math.min(before, after) >= PAIR_THRESHOLD;
    }

    /**
     * Whether the model reads {@code line} at all: a line that is not a sentence, and either short or set out as
     * fields.
     */
    public static boolean readable(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?。！？".indexOf(last) < 0 && (words(t) <= MAX_BARE_WORDS || fielded(t));
    }

    /**
     * Whether a line is set out as fields: a separator between two of them, a short label before a colon, or a figure
     * in brackets ("Lyon 14°C · averses", "M4 J12–J10: 25 min", "FTSE 100 8,214 (+0.4%)"). A longer line without
     * any ("Eurostar delays of up to 90 minutes") reads as a headline or a note of the article.
     */
    private static boolean fielded(String t) {
        for (String sep : SEPARATORS) {
            if (t.indexOf(sep, 1) > 0) {
                return true;
            }
        }
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= MAX_LABEL && colon + 1 < t.length() && !Character.isDigit(t.charAt(colon + 1))) {
            return true;
        }
        int open = t.indexOf('(');
        return open > 0 && t.indexOf(')', open) > open && t.substring(open).chars().anyMatch(Character::isDigit);
    }

    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** The model's probability that {@code line} is a widget's. */
    public static double probability(String line) {
        MaxentModel m = Holder.MODEL;
        return m.eval(WidgetFeatures.of(line))[m.getIndex(WIDGET)];
    }

    private static final class Holder {
        static final MaxentModel MODEL = load();
    }

    private static MaxentModel load() {
        try (InputStream in = WidgetLines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the widget-line model " + RESOURCE + " is missing from the class path");
            }
            return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the widget-line model " + RESOURCE, e);
        }
    }
}
