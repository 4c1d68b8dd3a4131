package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuantityTest {

    private static List<Quantity> numbers(String sentence) {
        return Claims.analyze(sentence, null).claims().stream()
                .filter(c -> c.kind() == ClaimKind.QUANTITY)
                .flatMap(c -> c.numbers().stream()).toList();
    }

    @Test
    void thousandsSeparatorWithQualifierAndCountedNoun() {
        assertThat(numbers("The war has killed more than 43,900 Palestinians in Gaza."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit, Quantity::text)
                .containsExactly(tuple(43900.0, "more than", "Palestinians", "43,900"));
    }

    @Test
    void spaceThousandsSeparator() {
        assertThat(numbers("More than 40 000 Gazans were killed."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(40000.0, "more than", "Gazans"));
    }

    @Test
    void aboutIsNormalised() {
        assertThat(numbers("About 13 senior leaders left Qatar."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(13.0, "about", "leaders"));
    }

    @Test
    void wordNumber() {
        assertThat(numbers("Hamas is holding two Israeli civilians."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(2.0, null, "civilians"));
    }

    @Test
    void aDozen() {
        assertThat(numbers("A dozen soldiers died in the raid."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(12.0, "soldiers"));
    }

    @Test
    void hyphenatedWordNumberWithAtLeast() {
        assertThat(numbers("At least twenty-five people were injured."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(25.0, "at least", "people"));
    }

    @Test
    void scaleWord() {
        assertThat(numbers("Some 1.2 million people need food aid."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(1_200_000.0, "about", "people"));
    }

    @Test
    void scaleSuffixWithCurrency() {
        assertThat(numbers("The company raised £1.2m from investors."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(1_200_000.0, "GBP"));
    }

    @Test
    void percentWordAndSign() {
        assertThat(numbers("69 percent of Israelis support a deal compared to 20% who oppose it."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(69.0, "percent"), tuple(20.0, "percent"));
    }

    @Test
    void upTo() {
        assertThat(numbers("The strikes displaced up to 5,000 families."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(5000.0, "up to", "families"));
    }

    @Test
    void hundredsOfThousandsIsOneNumber() {
        assertThat(numbers("Hundreds of thousands of residents fled their homes."))
                .extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(tuple(100_000.0, "hundreds of thousands"));
    }

    @Test
    void partOfRelationSharesTheUnit() {
        Claim claim = Claims.analyze("It is believed that 97 of the 251 hostages remain in Gaza.", null).claims().get(0);
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.numbers()).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(97.0, "hostages"), tuple(251.0, "hostages"));
        assertThat(claim.relations()).containsExactly(new NumberRelation(0, 1, "part-of"));
    }

    @Test
    void yearsDatesTimesAndNamesAreNotQuantities() {
        assertThat(numbers("In 2012, on Jan. 5 at 3 p.m., Channel 12 aired an F-16 video.")).isEmpty();
    }

    @Test
    void quantityOffsetsPointAtTheNumber() {
        String text = "Officials said 1,200 people were killed.";
        Quantity q = numbers(text).get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("1,200");
    }

    @Test
    void oneOfIsNotACount() {
        assertThat(numbers("“We left,” said one of the sources.")).isEmpty();
    }

    @Test
    void readingTimeIsNotAQuantity() {
        assertThat(numbers("Emma Graham-Harrison in London ·5 min read The envoy arrived.")).isEmpty();
    }

    @Test
    void listNumbersAndFractionsAreNotQuantities() {
        assertThat(numbers("1. Monitor your use on a weekly basis")).isEmpty();
        assertThat(numbers("The in-house rate is one half or one third that of outside counsel.")).isEmpty();
    }
}
