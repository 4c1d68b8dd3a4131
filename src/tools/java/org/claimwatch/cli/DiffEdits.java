package org.claimwatch.cli;

import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Sentence;
import org.claimwatch.diff.ChangeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmatic edits of a real text, one kind per call, each with the change it must produce (substantive)
 * or none (noise). Sentences are chosen by a seeded random generator, so the corpus is reproducible.
 */
final class DiffEdits {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,$£€:/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w.,:/%-]?\\d)(?!\\s*(?:am|pm|a\\.m|p\\.m)\\b)");
    private static final Pattern QUOTE = Pattern.compile("“([^”]{25,})”");
    private static final Pattern ACCORDING = Pattern.compile("according to ([^,.;“”\\d]{3,60})(?=[,.;])");
    private static final Pattern SPEAKER = Pattern.compile("\\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (said|says)\\b");
    private static final Pattern AUX = Pattern.compile("\\b(has|have|had|was|were|will|is)\\b (?!been|to|a|an|the|not)([a-z]{4,})");
    /** In a fixed order (Map.ofEntries iterates in an order that changes with every JVM start). */
    private static final Map<String, String> SYNONYMS = new java.util.LinkedHashMap<>();

    static {
        String[] pairs = {"important", "significant", "start", "begin", "help", "assist", "big", "large", "many",
                "numerous", "show", "demonstrate", "use", "employ", "get", "obtain", "need", "require", "buy", "purchase",
                "people", "individuals", "also", "additionally", "often", "frequently", "main", "principal"};
        for (int i = 0; i < pairs.length; i += 2) {
            SYNONYMS.put(pairs[i], pairs[i + 1]);
        }
    }

    private final String text;
    private final List<Sentence> sentences;
    private final Random random;

    DiffEdits(String text, long seed) {
        this.text = text;
        this.sentences = Claims.sentences(text);
        this.random = new Random(seed);
    }

    private Sentence pick(Predicate<String> ok) {
        List<Sentence> fit = new ArrayList<>();
        for (Sentence s : sentences) {
            if (ok.test(s.text()) && s.text().split("\\s+").length >= 6 && !s.text().contains("Sponsor")
                    && !insideQuote(s)) {
                fit.add(s);
            }
        }
        return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
    }

    /** True when the sentence sits inside a quotation opened earlier in its paragraph (or opens with one). */
    private boolean insideQuote(Sentence s) {
        int para = text.lastIndexOf("\n\n", s.start());
        String before = text.substring(para < 0 ? 0 : para, s.start());
        long open = before.chars().filter(c -> c == '“').count();
        long close = before.chars().filter(c -> c == '”').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1 || s.text().startsWith("‘") || s.text().startsWith("'");
    }

    private String replace(Sentence s, String with) {
        return text.substring(0, s.start()) + with + text.substring(s.end());
    }

    private static String outsideQuotes(String s) {
        return s.replaceAll("“[^”]*”?|\"[^\"]*\"?", " ");
    }

    private DiffCase one(String id, String after, ChangeKind kind, String snippet) {
        return new DiffCase(id, text, after, List.of(new DiffCase.Expected(kind, snippet)), false);
    }

    DiffCase numberChanged(String id) {
        Sentence s = pick(t -> NUMBER.matcher(outsideQuotes(t)).find() && !t.contains("“"));
        if (s == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(s.text());
        m.find();
        long v = Long.parseLong(m.group(1).replace(",", ""));
        long nv = v + 1 + random.nextInt(9);
        String written = m.group(1).contains(",") ? String.format("%,d", nv) : Long.toString(nv);
        return one(id, replace(s, s.text().substring(0, m.start(1)) + written + s.text().substring(m.end(1))),
                ChangeKind.NUMBER_CHANGED, written);
    }

    DiffCase qualifierAdded(String id) {
        Sentence s = pick(t -> !t.contains("“") && !t.contains("\"") && NUMBER.matcher(t).find()
                && !t.matches("(?is).*(?:more than|at least|about|nearly|almost|up to|over) \\d.*"));
        if (s == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(s.text());
        m.find();
        return one(id, replace(s, s.text().substring(0, m.start(1)) + "more than " + s.text().substring(m.start(1))),
                ChangeKind.NUMBER_CHANGED, "more than " + m.group(1));
    }

    DiffCase quoteChanged(String id) {
        Sentence s = pick(t -> QUOTE.matcher(t).find());
        if (s == null) {
            return null;
        }
        Matcher m = QUOTE.matcher(s.text());
        m.find();
        String[] words = m.group(1).split(" ");
        int k = words.length / 2;
        while (k < words.length - 1 && !words[k].matches("\\p{L}{4,}")) {
            k++;
        }
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != k) {
                q.append(q.length() > 0 ? " " : "").append(words[i]);
            }
        }
        String edited = s.text().substring(0, m.start(1)) + q + s.text().substring(m.end(1));
        return one(id, replace(s, edited), ChangeKind.QUOTE_CHANGED, q.toString());
    }

    DiffCase quoteRemoved(String id) {
        Sentence s = pick(t -> QUOTE.matcher(t).find());
        return s == null ? null : one(id, replace(s, ""), ChangeKind.QUOTE_REMOVED, s.text());
    }

    DiffCase quoteAdded(String id) {
        Sentence s = pick(t -> t.endsWith("."));
        String added = "“We will not stop until every family has an answer,” said Dana Whitfield, a spokesperson.";
        return s == null ? null : one(id, replace(s, s.text() + " " + added), ChangeKind.QUOTE_ADDED, added);
    }

    DiffCase attributionChanged(String id) {
        Sentence s = pick(t -> ACCORDING.matcher(outsideQuotes(t)).find() || SPEAKER.matcher(outsideQuotes(t)).find());
        if (s == null) {
            return null;
        }
        Matcher a = ACCORDING.matcher(s.text());
        String edited;
        if (ACCORDING.matcher(outsideQuotes(s.text())).find() && a.find()) {
            edited = s.text().substring(0, a.start(1)) + "officials in Brussels" + s.text().substring(a.end(1));
        } else {
            Matcher m = SPEAKER.matcher(s.text());
            if (!m.find()) {
                return null;
            }
            edited = s.text().substring(0, m.start(1)) + "Marta Kowalczyk" + s.text().substring(m.end(1));
        }
        return one(id, replace(s, edited), ChangeKind.ATTRIBUTION_CHANGED, edited);
    }

    DiffCase hedgeChanged(String id) {
        Sentence s = pick(t -> AUX.matcher(outsideQuotes(t)).find() && !t.contains("“"));
        if (s == null) {
            return null;
        }
        Matcher m = AUX.matcher(s.text());
        m.find();
        String edited = s.text().substring(0, m.end(1)) + " reportedly" + s.text().substring(m.end(1));
        return one(id, replace(s, edited), ChangeKind.HEDGE_CHANGED, edited);
    }

    DiffCase claimAdded(String id) {
        Sentence s = pick(t -> t.endsWith("."));
        String added = "The regional council approved an emergency budget of 12 million euros on Monday.";
        return s == null ? null : one(id, replace(s, s.text() + " " + added), ChangeKind.CLAIM_ADDED, added);
    }

    DiffCase claimRemoved(String id) {
        Sentence s = pick(t -> !t.contains("“") && !t.contains("\"") && t.split(" ").length >= 10);
        return s == null ? null : one(id, replace(s, ""), ChangeKind.CLAIM_REMOVED, s.text());
    }

    DiffCase reworded(String id) {
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            Pattern p = Pattern.compile("\\b" + e.getKey() + "\\b");
            Sentence s = pick(t -> p.matcher(outsideQuotes(t)).find() && !t.contains("“") && t.split(" ").length >= 10);
            if (s != null) {
                String edited = p.matcher(s.text()).replaceFirst(e.getValue());
                return one(id, replace(s, edited), ChangeKind.CLAIM_REWORDED, edited);
            }
        }
        return null;
    }

    /** Noise only: extra spaces, a line break doubled, straight quotes and a dropped comma. */
    DiffCase whitespaceAndPunctuation(String id) {
        String after = text.replaceFirst("\\. ", ".  ").replaceFirst("\n\n", "\n\n\n").replaceFirst(", ", " ")
                .replace('’', '\'');
        return new DiffCase(id, text, after, List.of(), true);
    }

    /** Noise only: the old version had a typo (two letters swapped) that the new one fixes. */
    DiffCase typoFixed(String id) {
        Sentence s = pick(t -> t.matches("(?s).*\\b[a-z]{7,}\\b.*"));
        if (s == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\b[a-z]{7,}\\b").matcher(s.text());
        m.find();
        String w = m.group();
        String typo = w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4);
        String old = text.substring(0, s.start() + m.start()) + typo + text.substring(s.start() + m.end());
        return new DiffCase(id, old, text, List.of(), true);
    }

    /** Noise only: a capitalised word lower-cased. */
    DiffCase capitalisation(String id) {
        Sentence s = pick(t -> t.matches("(?s).+\\s[A-Z][a-z]{3,}\\b.*"));
        if (s == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\s([A-Z][a-z]{3,})\\b").matcher(s.text());
        m.find();
        String edited = s.text().substring(0, m.start(1)) + m.group(1).toLowerCase() + s.text().substring(m.end(1));
        return new DiffCase(id, text, replace(s, edited), List.of(), true);
    }

    /** Noise only: timestamp, reading time, byline and photo credit lines change. */
    DiffCase furniture(String id) {
        String old = "By Jane Smith\nUpdated 10:32 GMT\n5 min read\n" + text + "\nPhotograph: Ahmed Salem/Reuters\n";
        String after = "By Jane Smith and Omar Haddad\nUpdated 14:05 GMT\n6 min read\n" + text
                + "\nPhotograph: Lena Park/AFP via Getty Images\n";
        return new DiffCase(id, old, after, List.of(), true);
    }

    /** Noise only: related-links and ad lines slip in between paragraphs. */
    DiffCase relatedAndAds(String id) {
        int cut = text.indexOf("\n\n", text.length() / 3);
        if (cut < 0) {
            return null;
        }
        String after = text.substring(0, cut) + "\n\nRelated: Ceasefire talks stall as winter nears\n\nAdvertisement\n\n"
                + "Read more: How the mediators work" + text.substring(cut) + "\n\nSign up for our morning newsletter";
        return new DiffCase(id, text, after, List.of(), true);
    }

    /** Noise only: two paragraphs swap places. */
    DiffCase paragraphsReordered(String id) {
        String[] paras = text.split("\n\n");
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < paras.length; i++) {
            if (paras[i].split(" ").length >= 8) {
                body.add(i);
            }
        }
        if (body.size() < 3) {
            return null;
        }
        int x = body.get(random.nextInt(body.size() - 1));
        int y = body.get(body.size() - 1);
        String tmp = paras[x];
        paras[x] = paras[y];
        paras[y] = tmp;
        return new DiffCase(id, text, String.join("\n\n", paras), List.of(), true);
    }
}
