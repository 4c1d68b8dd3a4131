package org.claimwatch.claims;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Apache OpenNLP's English sentence detector (UD EWT model) applied line by line. The model is loaded
 * once and shared; a detector (not thread-safe) is made per call, so this class is thread-safe.
 */
final class OpenNlpSentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private OpenNlpSentenceSplitter() {
    }

    /** Lazily loaded shared model (immutable once built). */
    private static final class Holder {
        static final SentenceModel MODEL_INSTANCE = load();

        private static SentenceModel load() {
            try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("missing OpenNLP sentence model " + MODEL);
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Splits {@code text} into sentence spans; lines and paragraphs are hard breaks as in the news splitter. */
    static List<CharRange> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(Holder.MODEL_INSTANCE);
        List<CharRange> out = new ArrayList<>();
        for (CharRange line : Lines.of(text)) {
            String chunk = text.substring(line.start(), line.end());
            int from = line.start();
            for (Span s : detector.sentPosDetect(chunk)) {
                int end = line.start() + s.getEnd();
                if (end > from && end < line.end()) {
                    add(text, from, end, line.paragraph(), out);
                    from = end;
                }
            }
            add(text, from, line.end(), line.paragraph(), out);
        }
        return out;
    }

    /** Adds [start, end) trimmed: OpenNLP's spans only place the breaks, so no character is ever dropped. */
    private static void add(String text, int start, int end, int paragraph, List<CharRange> out) {
        int s = start;
        int e = end;
        while (s < e && Lines.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new CharRange(s, e, paragraph));
        }
    }
}
