package org.claimwatch.stories;

import org.claimwatch.semantic.SentenceVectors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a claim in other words joins its claim group. Sentence embeddings (literal vectors here; no model)
 * say "same claim" across outlets; stance and numbers still decide the status.
 */
class StoryEmbeddingsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 9);
    private static final String WELCOME = "Hamas officials are no longer welcome in Doha.";
    private static final String LEAVE = "Qatar has asked Hamas to leave its Doha office.";
    private static final String CLOSE = "Qatar is to close the Hamas office in Doha.";
    private static final String NOT_CLOSED = "The Hamas office in Doha has not been permanently closed.";
    private static final String RATES = "The central bank left interest rates unchanged at 5.25 per cent.";
    private static final String HELD = "Hamas still holds 100 hostages.";
    private static final String HELD_OTHER = "Some 97 captives remain in Gaza.";
    private static final String HELD_WORDS = "Dozens of captives are still held in the enclave.";

    /** Literal embeddings: the Doha sentences near one another, the rate sentence far from all. */
    private static final SentenceVectors VECTORS = SentenceVectors.of(Map.of(
            WELCOME, unit(1, 0.2, 0),
            LEAVE, unit(1, 0.3, 0.1),
            CLOSE, unit(0.9, 0.5, 0),
            NOT_CLOSED, unit(0.8, 0.6, 0),
            RATES, unit(0, 0, 1),
            HELD, unit(0, 1, 0.1),
            HELD_OTHER, unit(0, 1, 0),
            HELD_WORDS, unit(0.1, 1, 0)));

    @Test
    void twoStatementsInOtherWordsFromTwoOutletsFormOneAgreedGroup() {
        List<ClaimGroup> groups = Stories.align(List.of(statement(WELCOME, 1), statement(LEAVE, 2),
                statement(RATES, 3)), VECTORS);
        assertThat(groups).hasSize(1);
        ClaimGroup g = groups.get(0);
        assertThat(g.kind()).isEqualTo(FactKind.STATEMENT);
        assertThat(g.status()).isEqualTo(GroupStatus.AGREED);
        assertThat(g.values()).extracting(Fact::text).containsExactly(WELCOME, LEAVE);
    }

    @Test
    void aStatementJoinsTheAssertionGroupItSaysInOtherWordsAndTheStancesStillDecide() {
        List<ClaimGroup> groups = Stories.align(List.of(assertion(CLOSE, 1, "close"), statement(LEAVE, 2),
                assertion(NOT_CLOSED, 3, "not close")), VECTORS);
        assertThat(groups).hasSize(1);
        ClaimGroup g = groups.get(0);
        assertThat(g.key()).isEqualTo("assert:office:close");
        assertThat(g.kind()).isEqualTo(FactKind.ASSERTION);
        assertThat(g.status()).as("close vs not closed").isEqualTo(GroupStatus.DISPUTED);
        assertThat(g.articles()).isEqualTo(3);
    }

    @Test
    void aStatementAgreesWithASingleSourcedAssertion() {
        List<ClaimGroup> groups = Stories.align(List.of(assertion(CLOSE, 1, "close"), statement(LEAVE, 2)), VECTORS);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("assert:office:close");
            assertThat(g.status()).isEqualTo(GroupStatus.AGREED);
        });
    }

    @Test
    void numbersStillDecideAndAWordyStatementDoesNotMoveTheStatus() {
        List<ClaimGroup> groups = Stories.align(List.of(number(HELD, 1, 100.0), number(HELD_OTHER, 2, 97.0),
                statement(HELD_WORDS, 3)), VECTORS);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("hostage:hold");
            assertThat(g.status()).as("100 vs 97").isEqualTo(GroupStatus.DISPUTED);
            assertThat(g.articles()).isEqualTo(3);
        });
    }

    @Test
    void aStatementNeverJoinsOnTheWordsOfItsOwnArticle() {
        List<ClaimGroup> groups = Stories.align(List.of(assertion(CLOSE, 1, "close"), statement(LEAVE, 1)), VECTORS);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(GroupStatus.SINGLE);
            assertThat(g.values()).hasSize(1);
        });
    }

    @Test
    void withoutEmbeddingsStatementsGroupNothingAndKeysGroupAsBefore() {
        List<Fact> facts = List.of(assertion(CLOSE, 1, "close"), statement(WELCOME, 2), statement(LEAVE, 3),
                assertion(NOT_CLOSED, 3, "not close"));
        assertThat(Stories.align(facts, SentenceVectors.NONE)).singleElement().satisfies(g -> {
            assertThat(g.values()).extracting(Fact::kind).containsOnly(FactKind.ASSERTION);
            assertThat(g.status()).isEqualTo(GroupStatus.DISPUTED);
        });
        assertThat(Stories.align(facts)).isEqualTo(Stories.align(facts, SentenceVectors.NONE));
    }

    @Test
    void statementsBringNoStoryChanges() {
        List<ClaimGroup> before = Stories.align(List.of(statement(WELCOME, 1), assertion(CLOSE, 1, "close")), VECTORS);
        List<ClaimGroup> after = Stories.align(List.of(statement(WELCOME, 1), assertion(CLOSE, 1, "close"),
                statement(LEAVE, 2)), VECTORS);
        assertThat(Stories.diff(before, after, 2)).isEmpty();
    }

    private static Fact statement(String text, long article) {
        return new Fact("statement:" + article + ":0", text, FactKind.STATEMENT, null, null, false, null, text, 0,
                text.length(), null, article, article, "o" + article, null, DAY);
    }

    private static Fact assertion(String text, long article, String stance) {
        return new Fact("assert:office:close", "office closed", FactKind.ASSERTION, null, null, false, stance, text, 0,
                text.length(), null, article, article, "o" + article, null, DAY);
    }

    private static Fact number(String text, long article, double value) {
        return new Fact("hostage:hold", "hostages held", FactKind.NUMBER, value, null, true, null, text, 0,
                text.length(), null, article, article, "o" + article, null, DAY);
    }

    private static float[] unit(double... v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
