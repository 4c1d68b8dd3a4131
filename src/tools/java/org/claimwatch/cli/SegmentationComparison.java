package org.claimwatch.cli;

import org.claimwatch.claims.Segmentation;
import org.claimwatch.claims.Sentence;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compares the sentence segmenters on a hand-labelled gold file and on unlabelled article texts. */
final class SegmentationComparison {

    private static final String GOLD_SEPARATOR = " || ";

    private SegmentationComparison() {
    }

    /** Prints boundary precision/recall/F1 per segmenter on gold lines (" || " marks a boundary). */
    static void gold(List<String> lines, PrintStream out) {
        for (Segmentation seg : Segmentation.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int exact = 0;
            int cases = 0;
            List<String> errors = new ArrayList<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                StringBuilder text = new StringBuilder();
                Set<Integer> gold = new HashSet<>();
                parse(line, text, gold);
                Set<Integer> predicted = boundaries(seg.split(text.toString()));
                Set<Integer> hit = new HashSet<>(predicted);
                hit.retainAll(gold);
                tp += hit.size();
                fp += predicted.size() - hit.size();
                fn += gold.size() - hit.size();
                if (predicted.equals(gold)) {
                    exact++;
                } else {
                    errors.add(render(text.toString(), seg.split(text.toString())));
                }
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            out.printf("gold  %-10s paragraphs exact %d/%d  boundary P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
                    seg, exact, cases, p, r, 2 * p * r / Math.max(1e-9, p + r), tp, fp, fn);
            errors.forEach(e -> out.println("      wrong: " + e));
        }
    }

    /** Prints sentence counts, disagreements and suspicious breaks of each segmenter on article texts. */
    static void unlabelled(String label, List<String> texts, PrintStream out) {
        unlabelled(label, texts, 0, out);
    }

    /** As above, then prints {@code samples} disagreements drawn with a fixed seed, for judging by hand. */
    static void unlabelled(String label, List<String> texts, int samples, PrintStream out) {
        List<String> cases = new ArrayList<>();
        int disagreements = 0;
        int[] counts = new int[Segmentation.values().length];
        int[] suspicious = new int[counts.length];
        for (String text : texts) {
            List<Set<Integer>> sets = new ArrayList<>();
            for (Segmentation seg : Segmentation.values()) {
                List<Sentence> sentences = seg.split(text);
                counts[seg.ordinal()] += sentences.size();
                suspicious[seg.ordinal()] += suspicious(sentences);
                sets.add(boundaries(sentences));
            }
            Set<Integer> sym = new HashSet<>(sets.get(0));
            sym.addAll(sets.get(1));
            Set<Integer> both = new HashSet<>(sets.get(0));
            both.retainAll(sets.get(1));
            disagreements += sym.size() - both.size();
            sym.removeAll(both);
            for (int at : new java.util.TreeSet<>(sym)) {
                String who = sets.get(0).contains(at) ? "NEWS_RULES" : "OPENNLP";
                String left = text.substring(Math.max(0, at - 50), at).replace('\n', ' ');
                String right = text.substring(at, Math.min(text.length(), at + 40)).replace('\n', ' ');
                cases.add(who + " breaks: …" + left + " ‖ " + right + "…");
            }
        }
        for (Segmentation seg : Segmentation.values()) {
            out.printf("%-6s %-10s texts %d sentences %d suspicious breaks %d%n", label, seg, texts.size(),
                    counts[seg.ordinal()], suspicious[seg.ordinal()]);
        }
        out.printf("%-6s boundaries where the two disagree: %d%n", label, disagreements);
        java.util.Collections.shuffle(cases, new java.util.Random(7));
        cases.stream().limit(samples).forEach(c -> out.println("      " + c));
    }

    /** Breaks after a known abbreviation or initial, or before a lowercase start: almost always wrong. */
    private static int suspicious(List<Sentence> sentences) {
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean nextSameParagraph = i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph();
            if (nextSameParagraph && s.text().matches("(?s).*\\b(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\\.")) {
                n++;
            }
            if (i > 0 && sentences.get(i - 1).paragraph() == s.paragraph() && Character.isLowerCase(s.text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Gold line to text: " || " is a boundary followed by a space, "||" a boundary with none (glued). */
    private static void parse(String line, StringBuilder text, Set<Integer> gold) {
        int i = 0;
        while (i < line.length()) {
            if (line.startsWith(GOLD_SEPARATOR, i)) {
                gold.add(text.length());
                text.append(' ');
                i += GOLD_SEPARATOR.length();
            } else if (line.startsWith("||", i)) {
                gold.add(text.length());
                i += 2;
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
            } else {
                text.append(line.charAt(i++));
            }
        }
    }

    private static Set<Integer> boundaries(List<Sentence> sentences) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            out.add(sentences.get(i).end());
        }
        return out;
    }

    private static String render(String text, List<Sentence> sentences) {
        List<String> parts = new ArrayList<>();
        sentences.forEach(s -> parts.add(s.text()));
        return String.join(GOLD_SEPARATOR, parts);
    }
}
