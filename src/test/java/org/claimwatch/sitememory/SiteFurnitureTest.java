package org.claimwatch.sitememory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site memory (issue 15): a block that recurs across several other articles of the same host is furniture, a line
 * that is another article's headline is a teaser; body text that articles legitimately share is never removed.
 * Literal texts written for this test.
 */
class SiteFurnitureTest {

    private static final SiteFurniture.Policy POLICY = new SiteFurniture.Policy(3, 200);

    private static final String NEWSLETTER = "Get the Morning Ledger newsletter in your inbox every weekday.";
    private static final String BIO = "Dana Whitlock covers transport and cities for the Ledger.";
    private static final String FOLLOW = "Follow the Ledger on all your favourite networks.";

    /** Article bodies of a realistic length (furniture is a small part of a page). */
    private static final List<String> BODIES = List.of(
            "The council approved the new tram line on Tuesday after a two-year review.\n\n"
                    + "Work on the first section is due to start in March, officials said.\n\n"
                    + "Opponents had argued that the route would split the old market square in two, and asked for a tunnel.\n\n"
                    + "The transport committee rejected the tunnel as too costly and said the square would be repaved.",
            "Flooding closed the coastal road for a third day as crews cleared debris.\n\n"
                    + "Residents were told to avoid the area until the weekend.\n\n"
                    + "The harbour master said the sea wall had held, but that spray had carried gravel onto the road.\n\n"
                    + "Schools along the coast stayed open, with buses diverted through the hills.",
            "The city's main library will extend its opening hours from next month.\n\n"
                    + "The change is paid for by a grant from the regional arts fund.\n\n"
                    + "Evening hours were cut three years ago, when the library lost a quarter of its staff.\n\n"
                    + "Readers' groups had collected signatures for a petition to bring the evenings back.",
            "A new cycle lane on the harbour bridge opened to riders on Friday.\n\n"
                    + "Traffic engineers will review its use after six months.\n\n"
                    + "Drivers lost one of the bridge's four lanes, and delivery firms warned of longer journeys.\n\n"
                    + "Cycling groups called the lane overdue and asked for a link to the station.",
            "Bus fares will rise by 5 percent in January, the transport authority said.\n\n"
                    + "Season tickets will be frozen at this year's price.\n\n"
                    + "The authority blamed higher fuel and wage costs, and said services would not be cut.\n\n"
                    + "Passenger groups said the rise would fall hardest on shift workers.");

    private static String page(String body) {
        return body + "\n\n" + NEWSLETTER + "\n\n" + BIO + "\n\n" + FOLLOW;
    }

    /** The memory of a host that published articles 1..n with these texts and headlines. */
    private static SiteFurniture.Memory memory(List<String> texts, List<String> headlines) {
        List<SiteFurniture.Seen> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.addAll(SiteFurniture.observe(i + 1, texts.get(i), headlines.get(i)));
        }
        return new SiteFurniture.Memory(rows);
    }

    @Test
    void aNewsletterBoxRepeatedAcrossArticlesIsFurnitureInTheFourth() {
        List<String> texts = List.of(page(BODIES.get(0)), page(BODIES.get(1)), page(BODIES.get(2)));
        SiteFurniture.Memory m = memory(texts, List.of("Tram line approved", "Coast road shut", "Library hours"));
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3)), 4, "Cycle lane opens", m, POLICY);
        assertThat(r.text()).doesNotContain(NEWSLETTER).doesNotContain(BIO).doesNotContain(FOLLOW)
                .isEqualTo(BODIES.get(3));
        assertThat(r.removed()).containsExactly(NEWSLETTER, BIO, FOLLOW);
    }

    /**
     * A live story's running total repeated in every article of the outlet ("… 43,900 killed, the ministry said") is
     * the claim editors watch, with its figure moving from one article to the next: a block that carries a figure is
     * never site furniture, even when it recurs (found by PostmasterKillIT: the same edited paragraph, a number apart,
     * in four articles of one host was removed from the fifth).
     */
    @Test
    void aRecurringLineThatCarriesAFigureIsNews() {
        String toll = "More than %s people have been killed in the territory, according to the health ministry.";
        List<String> texts = List.of(page(BODIES.get(0) + "\n\n" + toll.formatted("43,900")),
                page(BODIES.get(1) + "\n\n" + toll.formatted("43,900")),
                page(BODIES.get(2) + "\n\n" + toll.formatted("44,000")));
        SiteFurniture.Memory m = memory(texts, List.of("Tram line approved", "Coast road shut", "Library hours"));
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3) + "\n\n" + toll.formatted("44,100")), 4,
                "Cycle lane opens", m, POLICY);
        assertThat(r.text()).contains(toll.formatted("44,100")).doesNotContain(NEWSLETTER);
        SiteFurniture.Result same = SiteFurniture.strip(page(BODIES.get(3) + "\n\n" + toll.formatted("43,900")), 4,
                "Cycle lane opens", m, POLICY);
        assertThat(same.text()).contains(toll.formatted("43,900"));
    }

    @Test
    void twoOtherArticlesAreNotEnough() {
        List<String> texts = List.of(page(BODIES.get(0)), page(BODIES.get(1)));
        SiteFurniture.Memory m = memory(texts, List.of("Tram line approved", "Coast road shut"));
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3)), 4, "Cycle lane opens", m, POLICY);
        assertThat(r.text()).isEqualTo(page(BODIES.get(3)));
        assertThat(r.removed()).isEmpty();
    }

    /** The article's own earlier versions are not other articles. */
    @Test
    void theArticlesOwnVersionsDoNotCount() {
        List<SiteFurniture.Seen> rows = new ArrayList<>();
        for (int v = 0; v < 5; v++) {
            rows.addAll(SiteFurniture.observe(4, page(BODIES.get(3)), "Cycle lane opens"));
        }
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3)), 4, "Cycle lane opens",
                new SiteFurniture.Memory(rows), POLICY);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aRepublishedWireStoryKeepsItsText() {
        String wire = "Oil prices rose 3 percent on Monday after producers agreed to extend output cuts.\n\n"
                + "Brent crude settled at 84 dollars a barrel, its highest close since April.\n\n"
                + "Analysts said the cuts would tighten supply through the winter.";
        // the same wire story under four section URLs of one host, each with the site's newsletter box
        List<String> texts = List.of(wire + "\n\n" + NEWSLETTER, wire + "\n\n" + NEWSLETTER,
                wire + "\n\n" + NEWSLETTER);
        SiteFurniture.Memory m = memory(texts, List.of("Oil rises on cuts", "Oil rises on cuts", "Oil rises on cuts"));
        SiteFurniture.Result r = SiteFurniture.strip(wire + "\n\n" + NEWSLETTER, 4, "Oil rises on cuts", m, POLICY);
        assertThat(r.text()).contains("Oil prices rose 3 percent").contains("Brent crude settled")
                .contains("Analysts said the cuts");
    }

    @Test
    void aWireStoryAmongOtherArticlesKeepsItsSharedBody() {
        String wire = "Oil prices rose 3 percent on Monday after producers agreed to extend output cuts.\n\n"
                + "Brent crude settled at 84 dollars a barrel, its highest close since April.\n\n"
                + "Analysts said the cuts would tighten supply through the winter.";
        List<String> texts = List.of(page(BODIES.get(0)), page(BODIES.get(1)), page(BODIES.get(2)),
                wire + "\n\n" + NEWSLETTER, wire + "\n\n" + NEWSLETTER, wire + "\n\n" + NEWSLETTER);
        SiteFurniture.Memory m = memory(texts, List.of("a", "b", "c", "Oil rises", "Oil rises", "Oil rises"));
        SiteFurniture.Result r = SiteFurniture.strip(wire + "\n\n" + NEWSLETTER, 9, "Oil rises", m, POLICY);
        assertThat(r.text()).contains("Oil prices rose 3 percent").contains("Brent crude settled");
        assertThat(r.removed()).containsExactly(NEWSLETTER);
    }

    /** "Smith has pleaded not guilty": a line that recurs on every story of a trial names what the article is about. */
    @Test
    void aStandardLegalLineThatIsNewsStays() {
        String legal = "Marcus Ellery has pleaded not guilty to all charges and remains on bail.";
        List<String> texts = new ArrayList<>();
        String[] days = {"The trial of Marcus Ellery heard from the first witness on Monday.",
                "A forensic accountant told the jury Ellery moved funds offshore.",
                "Ellery's lawyer questioned the accountant's figures on Wednesday."};
        for (int i = 0; i < days.length; i++) {
            texts.add(days[i] + "\n\n" + BODIES.get(i) + "\n\n" + legal + "\n\n" + NEWSLETTER);
        }
        SiteFurniture.Memory m = memory(texts, List.of("Trial opens", "Accountant testifies", "Defence questions"));
        String today = "The jury in the Ellery fraud trial retired to consider its verdict on Thursday.\n\n"
                + BODIES.get(4) + "\n\n" + legal
                + "\n\n" + NEWSLETTER;
        SiteFurniture.Result r = SiteFurniture.strip(today, 4, "Jury retires in Ellery trial", m, POLICY);
        assertThat(r.text()).contains(legal).doesNotContain(NEWSLETTER);
    }

    @Test
    void aRepeatedCorrectionNoteStays() {
        String note = "Correction: An earlier version of this article misstated the date of the council vote.";
        List<String> texts = List.of(page(BODIES.get(0)) + "\n\n" + note, page(BODIES.get(1)) + "\n\n" + note,
                page(BODIES.get(2)) + "\n\n" + note);
        SiteFurniture.Memory m = memory(texts, List.of("a", "b", "c"));
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3)) + "\n\n" + note, 4, "d", m, POLICY);
        assertThat(r.text()).contains(note).doesNotContain(NEWSLETTER);
    }

    @Test
    void anotherArticlesHeadlineIsATeaser() {
        SiteFurniture.Memory m = memory(List.of(BODIES.get(0), BODIES.get(1)),
                List.of("Council approves tram line after two-year review", "Coastal road closed for third day"));
        String text = BODIES.get(3) + "\n\nCoastal road closed for third day\n\nCouncil approves tram line after two-year review";
        SiteFurniture.Result r = SiteFurniture.strip(text, 4, "Cycle lane opens on harbour bridge", m, POLICY);
        assertThat(r.text()).isEqualTo(BODIES.get(3));
    }

    /** A republished story's headline is its own: never a teaser of itself. */
    @Test
    void theOwnHeadlineIsNoTeaser() {
        SiteFurniture.Memory m = memory(List.of(BODIES.get(0)), List.of("Cycle lane opens on harbour bridge"));
        String text = "Cycle lane opens on harbour bridge\n\n" + BODIES.get(3);
        SiteFurniture.Result r = SiteFurniture.strip(text, 4, "Cycle lane opens on harbour bridge", m, POLICY);
        assertThat(r.text()).isEqualTo(text);
    }

    /** A headline quoted inside a sentence of prose is not a line of its own: kept. */
    @Test
    void aHeadlineInsideProseStays() {
        SiteFurniture.Memory m = memory(List.of(BODIES.get(0)), List.of("Coastal road closed"));
        String text = BODIES.get(3) + "\n\nLast week we reported: Coastal road closed, and readers wrote in.";
        SiteFurniture.Result r = SiteFurniture.strip(text, 4, "x", m, POLICY);
        assertThat(r.text()).isEqualTo(text);
    }

    /** When most of the article would go, it is shared text, not furniture: nothing is removed. */
    @Test
    void neverStripsMostOfAnArticle() {
        String shared = "Markets were closed for the public holiday.";
        List<String> texts = List.of(BODIES.get(0) + "\n\n" + shared, BODIES.get(1) + "\n\n" + shared,
                BODIES.get(2) + "\n\n" + shared);
        SiteFurniture.Memory m = memory(texts, List.of("a", "b", "c"));
        SiteFurniture.Result r = SiteFurniture.strip(shared, 4, "d", m, POLICY);
        assertThat(r.text()).isEqualTo(shared);
    }

    /** Odd lines (a lone "’s", punctuation) are no trouble. */
    @Test
    void oddLinesAreHandled() {
        String odd = "’s\n\n'\n\n—\n\n" + NEWSLETTER;
        List<String> texts = List.of(page(BODIES.get(0)) + "\n\n" + odd, page(BODIES.get(1)) + "\n\n" + odd,
                page(BODIES.get(2)) + "\n\n" + odd);
        SiteFurniture.Memory m = memory(texts, List.of("a", "b", "c"));
        SiteFurniture.Result r = SiteFurniture.strip(page(BODIES.get(3)) + "\n\n’s word ’s", 4, "d", m, POLICY);
        assertThat(r.text()).doesNotContain(NEWSLETTER).contains("’s word ’s");
    }

    @Test
    void keysIgnoreCaseSpacingAndDigits() {
        assertThat(SiteFurniture.key("Join 12,000 readers:  Sign up")).isEqualTo(SiteFurniture.key("join 13,500 readers: sign up"));
        assertThat(SiteFurniture.key("Brent rose")).isNotEqualTo(SiteFurniture.key("Brent fell"));
    }

    @Test
    void observeIsBounded() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("Line number ").append((char) ('a' + i % 26)).append(i / 26).append(" of a very long page.\n\n");
        }
        assertThat(SiteFurniture.observe(1, b.toString(), "h")).hasSizeLessThanOrEqualTo(SiteFurniture.MAX_BLOCKS + 1);
    }
}
