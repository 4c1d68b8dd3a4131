package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DateAndKeyTest {

    /** A Saturday. */
    private static final LocalDate ARTICLE = LocalDate.of(2024, 11, 9);

    private static List<DateMention> dates(String sentence) {
        return DateFinder.find(sentence, 0, ARTICLE);
    }

    @Test
    void weekdayResolvesToTheLatestSuchDay() {
        assertThat(dates("Qatar confirmed on Tuesday that talks stalled."))
                .extracting(DateMention::text, DateMention::date).containsExactly(tuple("Tuesday", LocalDate.of(2024, 11, 5)));
    }

    @Test
    void relativeDates() {
        assertThat(dates("A poll aired last week and another yesterday, three days ago."))
                .extracting(DateMention::date)
                .containsExactly(LocalDate.of(2024, 11, 2), LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 6));
    }

    @Test
    void absoluteDatesWithAndWithoutYear() {
        assertThat(dates("The attack on Jan. 5, 2024 followed the one on 9 November."))
                .extracting(DateMention::date).containsExactly(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 11, 9));
    }

    @Test
    void unresolvableWithoutArticleDate() {
        assertThat(DateFinder.find("It happened last week.", 0, null)).extracting(DateMention::date).containsOnlyNulls();
    }

    @Test
    void datesAreAttachedToClaims() {
        Claim claim = Claims.analyze("Israel killed 12 militants on Tuesday.", ARTICLE).claims().get(0);
        assertThat(claim.dates()).extracting(DateMention::date).containsExactly(LocalDate.of(2024, 11, 5));
    }

    private static String quantityKey(String sentence) {
        return Claims.analyze(sentence, null).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
                .findFirst().orElseThrow().key();
    }

    @Test
    void quantityKeyIgnoresTheNumberAndQualifier() {
        assertThat(quantityKey("The war has killed more than 43,900 Palestinians in Gaza."))
                .isEqualTo(quantityKey("The war has killed 44,000 Palestinians in Gaza."))
                .isEqualTo("q:palest:kill:gaza");
    }

    @Test
    void quantityKeyIsStableAcrossOutletWording() {
        assertThat(quantityKey("Israeli strikes have killed at least 44,000 Palestinians in Gaza, officials say."))
                .isEqualTo(quantityKey("In Gaza, Israel's war has so far killed about 43,000 Palestinians."));
    }

    @Test
    void quantityKeysDifferByWhatIsCounted() {
        assertThat(quantityKey("Hamas is holding 100 hostages.")).isNotEqualTo(quantityKey("Hamas is holding 100 prisoners."));
    }

    @Test
    void quoteKeyIsSpeakerAndTopicNotExactWords() {
        String a = Claims.analyze("“The office of Hamas in Doha was created for the mediation process,” Ansari said.", null)
                .claims().get(0).key();
        String b = Claims.analyze("“The office of Hamas in Doha was created for the sake of the mediation process,” "
                + "Mr Al Ansari said.", null).claims().get(0).key();
        assertThat(a).isEqualTo(b).startsWith("quote:ansari:");
    }
}
