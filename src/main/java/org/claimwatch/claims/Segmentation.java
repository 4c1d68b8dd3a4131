package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;

/** The sentence segmenters claimwatch can use; {@link #NEWS_RULES} is the default. Thread-safe. */
public enum Segmentation {
    /** Our news rules (abbreviations, initials, acronyms, numbers, quotes, lists). */
    NEWS_RULES,
    /** Apache OpenNLP's English sentence model, lines and paragraphs kept as hard breaks. */
    OPENNLP;

    /** Splits {@code text} into sentences (check-worthiness not scored: score 0, not check-worthy). */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (CharRange s : spans(text)) {
            out.add(new Sentence(out.size(), text.substring(s.start(), s.end()), s.start(), s.end(),
                    s.paragraph(), 0, false, 0));
        }
        return out;
    }

    List<CharRange> spans(String text) {
        return this == NEWS_RULES ? NewsSentenceSplitter.split(text) : OpenNlpSentenceSplitter.split(text);
    }
}
