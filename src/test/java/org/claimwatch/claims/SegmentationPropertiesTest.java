package org.claimwatch.claims;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentationPropertiesTest {

    private static final List<String> PIECES = List.of(
            "Mr.", "Dr.", "U.S.", "Jan.", "No.", "J.", "K.", "e.g.", "a.m.", "43,900", "1.2m", "40 000", "3.5%",
            "...", "…", "“", "”", "\"", "'", "’", "—", "-", "?", "!", ".", ",", ";", ":", "(", ")", "1.", "•",
            "The", "He", "said", "killed", "people", "Gaza", "hostages", "about", "more than", "x", "\n", "\n\n",
            "\n \n", " ", "  ", "\t", "\u00a0");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60)
                .map(parts -> String.join(" ", parts.subList(0, parts.size() / 2))
                        + String.join("", parts.subList(parts.size() / 2, parts.size())));
    }

    @Property(tries = 500)
    void newsRulesNeverLoseOrDuplicateACharacter(@ForAll("newsLike") String text) {
        assertCovers(text, Segmentation.NEWS_RULES.split(text));
    }

    @Property(tries = 300)
    void openNlpNeverLosesOrDuplicatesACharacter(@ForAll("newsLike") String text) {
        assertCovers(text, Segmentation.OPENNLP.split(text));
    }

    @Property(tries = 300)
    void anyStringIsCovered(@ForAll String text) {
        assertCovers(text, Segmentation.NEWS_RULES.split(text));
    }

    @Property(tries = 300)
    void noSentenceCrossesALineOrParagraph(@ForAll("newsLike") String text) {
        for (Segmentation seg : Segmentation.values()) {
            List<Sentence> sentences = seg.split(text);
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(sentences.get(i).text()).doesNotContain("\n");
                if (i > 0) {
                    boolean blankLineBetween = hasBlankLine(text.substring(sentences.get(i - 1).end(), sentences.get(i).start()));
                    assertThat(sentences.get(i).paragraph() > sentences.get(i - 1).paragraph()).isEqualTo(blankLineBetween);
                }
            }
        }
    }

    @Property(tries = 200)
    void analyzedSentencesMatchTheirOffsets(@ForAll("newsLike") String text) {
        for (Sentence s : Claims.analyze(text, null).sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    /** Sentences are disjoint, in order, trimmed, and together hold every non-space character exactly once. */
    private static void assertCovers(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        int covered = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isGreaterThan(s.start());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(Lines.isSpace(s.text().charAt(0))).isFalse();
            assertThat(Lines.isSpace(s.text().charAt(s.text().length() - 1))).isFalse();
            assertThat(nonWhitespace(text.substring(previousEnd, s.start()))).isZero();
            covered += nonWhitespace(s.text());
            previousEnd = s.end();
        }
        assertThat(nonWhitespace(text.substring(previousEnd))).isZero();
        assertThat(covered).isEqualTo(nonWhitespace(text));
    }

    /** Two line breaks with only spaces between them. */
    private static boolean hasBlankLine(String gap) {
        int lastBreak = -1;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n') {
                if (lastBreak >= 0) {
                    return true;
                }
                lastBreak = i;
            } else if (!Lines.isSpace(c)) {
                lastBreak = -1;
            }
        }
        return false;
    }

    private static int nonWhitespace(String s) {
        return (int) s.chars().filter(c -> !Lines.isSpace((char) c)).count();
    }
}
