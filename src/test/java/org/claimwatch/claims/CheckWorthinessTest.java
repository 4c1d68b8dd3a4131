package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessTest {

    @Test
    void factualSentenceWithNumbersIsCheckworthy() {
        CheckWorthiness model = CheckWorthiness.shipped();
        assertThat(model.score("Unemployment fell to 3.5 percent last year, the lowest rate since 1969."))
                .isGreaterThanOrEqualTo(model.threshold());
    }

    @Test
    void pleasantryIsNotCheckworthy() {
        CheckWorthiness model = CheckWorthiness.shipped();
        assertThat(model.score("Thank you very much, it is good to be here tonight.")).isLessThan(model.threshold());
    }

    @Test
    void scoresAreProbabilities() {
        for (String s : List.of("", "?", "Yes.", "The deficit tripled to $1.4 trillion in 2009.")) {
            assertThat(Claims.checkworthiness(s)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void sentencesCarryScoreAndDecision() {
        Sentence s = Claims.analyze("The deficit tripled to $1.4 trillion in 2009.", null).sentences().get(0);
        assertThat(s.checkworthy()).isEqualTo(s.score() >= CheckWorthiness.shipped().threshold());
    }

    @Test
    void modelRoundTripsThroughItsFileFormat() throws IOException {
        List<String> sentences = List.of("Taxes rose 20 percent in 2010.", "I love this country.",
                "We cut spending by $5 billion.", "Thank you all.");
        CheckWorthiness model = CheckWorthyTrainer.train(sentences, List.of(1, 0, 1, 0), 0.4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        CheckWorthiness read = CheckWorthiness.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.score("Taxes rose 20 percent in 2010.")).isEqualTo(model.score("Taxes rose 20 percent in 2010."));
    }

    @Test
    void trainingLearnsTheLabels() {
        List<String> sentences = List.of("Taxes rose 20 percent in 2010.", "I love this country.",
                "We cut spending by $5 billion.", "Thank you all.");
        CheckWorthiness model = CheckWorthyTrainer.train(sentences, List.of(1, 0, 1, 0), 0.5);
        assertThat(model.score("We cut spending by $5 billion.")).isGreaterThan(model.score("Thank you all."));
    }
}
