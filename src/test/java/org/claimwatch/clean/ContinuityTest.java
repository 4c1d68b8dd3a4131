package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An unchanged part of the page never changes the article: a re-fetch's extraction differs from the stored version
 * only where the page itself changed.
 */
class ContinuityTest {

    private static final String A = "The council approved the budget on Monday after a four-hour debate.";
    private static final String B = "Opposition members walked out before the final vote was taken.";
    private static final String C = "The mayor said the new plan would cut waiting lists by a third.";
    private static final String TEASER = "Ten things to do in the city this weekend, from markets to music";
    private static final String TEASER2 = "Why the river flooded again and what the council plans next";

    private static String page(String... blocks) {
        return "Home News Sport Weather " + String.join(" ", blocks) + " Subscribe to our newsletter © 2026";
    }

    private static String text(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void aParagraphTheExtractionLostButThePageStillShowsIsKeptInItsPlace() {
        String before = text(A, B, C);
        String now = Continuity.carry(before, page(TEASER, A, B, C), text(A, C), page(TEASER2, A, B, C));
        assertEquals(text(A, B, C), now);
    }

    @Test
    void aParagraphGoneFromThePageIsGone() {
        String before = text(A, B, C);
        String now = Continuity.carry(before, page(A, B, C), text(A, C), page(A, C));
        assertEquals(text(A, C), now);
    }

    @Test
    void aBlockThatWasAlreadyOnThePreviousPageOutsideTheArticleDoesNotJoinIt() {
        String before = text(A, B);
        String now = Continuity.carry(before, page(A, B, TEASER), text(A, B, TEASER), page(A, B, TEASER));
        assertEquals(text(A, B), now);
    }

    @Test
    void aParagraphNewOnThePageIsAdded() {
        String before = text(A, B);
        String now = Continuity.carry(before, page(A, B), text(A, B, C), page(A, B, C));
        assertEquals(text(A, B, C), now);
    }

    @Test
    void anEditedParagraphIsTheEditedOne() {
        String edited = B.replace("before the final vote", "after the first vote");
        String before = text(A, B, C);
        String now = Continuity.carry(before, page(A, B, C), text(A, edited, C), page(A, edited, C));
        assertEquals(text(A, edited, C), now);
    }

    @Test
    void thePageTextMatchesWhateverItsSpacingCaseAndPunctuation() {
        String before = text(A, B, C);
        String shouted = "  the COUNCIL approved the budget on monday — after a four-hour   debate ";
        String now = Continuity.carry(before, page(A, B, C), text(B, C), page(shouted, B, C));
        assertEquals(text(A, B, C), now);
    }

    @Test
    void anEditedParagraphReplacesItsEarlierWordingEvenWhenThatStillShowsElsewhereOnThePage() {
        String edited = C.replace("by a third", "by half");
        String before = text(A, B, C);
        // the old wording lives on in a summary box (or a second, hidden copy of the article) that was not edited
        String now = Continuity.carry(before, page(A, B, C, C), text(A, B, edited), page(A, B, edited, C));
        assertEquals(text(A, B, edited), now);
    }

    @Test
    void aMovedParagraphStaysWhereTheStoredVersionHadIt() {
        String before = text(A, B, C);
        String now = Continuity.carry(before, page(A, B, C), text(A, C, B), page(A, C, B));
        assertEquals(text(A, B, C), now);
    }

    @Test
    void withoutThePreviousPageTheExtractionStandsAsItIs() {
        assertEquals(text(A, C), Continuity.carry(text(A, B, C), null, text(A, C), page(A, B, C)));
        assertEquals(text(A, C), Continuity.carry(null, page(A, B, C), text(A, C), page(A, B, C)));
    }

    @Test
    void aShortLineIsLeftToTheExtraction() {
        String before = text(A, "Advertisement", C);
        String now = Continuity.carry(before, page(A, "Advertisement", C), text(A, C), page(A, "Advertisement", C));
        assertEquals(text(A, C), now);
    }

    private static final String LINK = "How to choose a running shoe for winter trails";
    private static final String LINK2 = "The best budget laptops for students this year";

    @Test
    void aLinkLineSwappedForAnotherLinkLineInItsPlaceIsATeaserRotatingNotAnEdit() {
        String before = text(A, B, "- " + LINK, C);
        Continuity.Page oldPage = new Continuity.Page(page(A, B, LINK, C), java.util.List.of(LINK));
        Continuity.Page newPage = new Continuity.Page(page(A, B, LINK2, C), java.util.List.of(LINK2));
        assertEquals(before, Continuity.carry(before, oldPage, text(A, B, "- " + LINK2, C), newPage));
    }

    @Test
    void aSentenceThatReplacesALinkLineIsNew() {
        String before = text(A, B, "- " + LINK, C);
        String added = "The company said it would recall 2,000 shoes sold this winter.";
        Continuity.Page oldPage = new Continuity.Page(page(A, B, LINK, C), java.util.List.of(LINK));
        Continuity.Page newPage = new Continuity.Page(page(A, B, added, C), java.util.List.of());
        assertEquals(text(A, B, added, C), Continuity.carry(before, oldPage, text(A, B, added, C), newPage));
    }

    @Test
    void aLinkLineNewOnThePageIsNoAdditionToTheArticle() {
        String before = text(A, B, C);
        Continuity.Page oldPage = new Continuity.Page(page(A, B, C), java.util.List.of());
        Continuity.Page newPage = new Continuity.Page(page(A, B, LINK2, C), java.util.List.of(LINK2));
        assertEquals(before, Continuity.carry(before, oldPage, text(A, B, "- " + LINK2, C), newPage));
    }

    @Test
    void aLineThatIsMostlyOneLinkIsALinkLine() {
        String before = text(A, B, C);
        String teaser = LINK2 + " ★★★★★ (11 reviews)";
        Continuity.Page oldPage = new Continuity.Page(page(A, B, C), java.util.List.of());
        Continuity.Page newPage = new Continuity.Page(page(A, B, teaser, C), java.util.List.of(LINK2));
        assertEquals(before, Continuity.carry(before, oldPage, text(A, B, "- " + teaser, C), newPage));
        // a sentence with a link in it is text
        String sentence = "Officials said on Tuesday that " + LINK2.toLowerCase(java.util.Locale.ROOT)
                + " had been recalled after 40 complaints were filed.";
        Continuity.Page withSentence = new Continuity.Page(page(A, B, sentence, C), java.util.List.of(LINK2));
        assertEquals(text(A, B, sentence, C), Continuity.carry(before, oldPage, text(A, B, sentence, C), withSentence));
    }

    private static Continuity.Page nodes(String... texts) {
        return new Continuity.Page(page(texts), java.util.List.of(), java.util.List.of(texts));
    }

    @Test
    void textWrittenIntoASlotThatWasOutsideTheArticleStaysOutside() {
        String before = text(A, B, C);
        String pitch = "Sign up for our morning briefing and get the news first";
        String other = "The river authority will review its flood defences again in March, officials said.";
        // the extraction now takes the slot's new text (no rule knew its words): it was furniture's place
        String now = Continuity.carry(before, nodes("Home", A, B, pitch, C), text(A, B, other, C),
                nodes("Home", A, B, other, C));
        assertEquals(before, now);
    }

    @Test
    void textWrittenIntoAnArticleParagraphsPlaceIsTheEdit() {
        String before = text(A, B, C);
        String other = "The river authority will review its flood defences again in March, officials said.";
        String now = Continuity.carry(before, nodes("Home", A, B, C), text(A, other, C), nodes("Home", A, other, C));
        assertEquals(text(A, other, C), now);
    }

    @Test
    void aParagraphInsertedIntoThePageIsAdded() {
        String before = text(A, B, C);
        String pitch = "Sign up for our morning briefing and get the news first";
        String other = "The river authority will review its flood defences again in March, officials said.";
        String now = Continuity.carry(before, nodes("Home", A, B, C, pitch), text(A, B, other, C),
                nodes("Home", A, B, other, C, pitch));
        assertEquals(text(A, B, other, C), now);
    }

    @Test
    void aParagraphAddedRightAfterATimestampThatMovedIsTheEdit() {
        String before = text(A, B, C);
        String added = "Update: the council said on Monday evening that the vote would be held again in March.";
        // the page's "Updated" line ticks and the new paragraph follows it: one run of changed nodes
        String now = Continuity.carry(before, nodes("Home", "Updated 5 minutes ago", A, B, C),
                text(added, A, B, C), nodes("Home", "Updated 1 minute ago", added, A, B, C));
        assertEquals(text(added, A, B, C), now);
    }

    @Test
    void aSentenceWrittenAsALinkIsText() {
        String before = text(A, B, C);
        String update = "Police arrested a suspect in the shooting late on Sunday, officials said.";
        Continuity.Page oldPage = new Continuity.Page(page(A, B, C), java.util.List.of());
        Continuity.Page newPage = new Continuity.Page(page(update, A, B, C), java.util.List.of(update));
        assertEquals(text(update, A, B, C), Continuity.carry(before, oldPage, text(update, A, B, C), newPage));
    }

    /**
     * A list of links that joins the extraction (a teaser list the cleaner now takes) stays out whole, a teaser
     * written as a sentence among them too: in a run of link lines, a linked sentence is one more teaser. A
     * linked sentence on its own is still text ({@link #aSentenceWrittenAsALinkIsText}).
     */
    @Test
    void aLinkedSentenceInAListOfLinksIsATeaser() {
        String before = text(A, B, C);
        String sentence = "Omnichannel contact software that runs natively in the cloud.";
        String link3 = "Five walks along the coast to try before the spring";
        Continuity.Page oldPage = new Continuity.Page(page(A, B, C), java.util.List.of());
        Continuity.Page newPage = new Continuity.Page(page(sentence, LINK, LINK2, link3, A, B, C),
                java.util.List.of(sentence, LINK, LINK2, link3));
        assertEquals(before, Continuity.carry(before, oldPage,
                text("- " + sentence, "- " + LINK, "- " + LINK2, "- " + link3, A, B, C), newPage));
    }

    /** A teaser slot whose link line turns into a linked sentence rotated: the stored line stays, no addition. */
    @Test
    void aLinkedSentenceInTheSlotOfALinkLineThatLeftIsATeaserRotating() {
        String before = text(A, B, "- " + LINK, C);
        String sentence = "Hosts, renders and streams 3D experiences for every team.";
        Continuity.Page oldPage = new Continuity.Page(page(A, B, LINK, C), java.util.List.of(LINK));
        Continuity.Page newPage = new Continuity.Page(page(A, B, sentence, C), java.util.List.of(sentence));
        assertEquals(before, Continuity.carry(before, oldPage, text(A, B, "- " + sentence, C), newPage));
    }

    /**
     * The lede rewritten while the timestamp and the reading time next to it tick: the rewrite is the news, even in
     * a run of changed nodes that holds furniture.
     */
    @Test
    void aLedeRewrittenNextToTickingFurnitureIsTheEdit() {
        String lede = "Police are searching for a gunman after a shooting near the station on Sunday night.";
        String rewritten = "A man of 34 has been charged with murder, detectives confirmed this morning.";
        String before = text(lede, B, C);
        java.util.List<String> oldNodes = java.util.List.of("Home", "Updated 5 minutes ago", "4 min read",
                "Share this story now", lede, B, C);
        java.util.List<String> newNodes = java.util.List.of("Home", "Updated 1 minute ago", "5 min read",
                "Share this story today", rewritten, B, C);
        String now = Continuity.carry(before, new Continuity.Page(String.join(" ", oldNodes), java.util.List.of(), oldNodes),
                text(rewritten, B, C), new Continuity.Page(String.join(" ", newNodes), java.util.List.of(), newNodes));
        assertEquals(text(rewritten, B, C), now);
    }

    private static final String BIO = "Jane Doe is a senior reporter who has covered the city council for twelve years.";

    /**
     * Furniture the stored version took for article text (an author's biography), whose slot on the page now holds
     * text the fresh extraction leaves out: the slot turned over, and its old text is no removal from the article.
     * The new text does not have it; the diff's basis does not have it either.
     */
    @Test
    void furnitureTheStoredVersionKeptWhoseSlotTurnedOverIsNoRemoval() {
        String before = text(A, B, C, BIO);
        String other = "More from our politics desk: read all our coverage here";
        Continuity.Reconciled r = Continuity.reconcile(before, nodes("Home", A, B, C, BIO), text(A, B, C),
                nodes("Home", A, B, C, other));
        assertEquals(text(A, B, C), r.text());
        assertEquals(text(A, B, C), r.storedBasis());
    }

    /** An article paragraph rewritten in its place, and kept by the extraction, is the edit: the basis keeps it. */
    @Test
    void aParagraphRewrittenInItsPlaceStaysInTheBasis() {
        String before = text(A, B, C);
        String other = "The river authority will review its flood defences again in March, officials said.";
        Continuity.Reconciled r = Continuity.reconcile(before, nodes("Home", A, B, C), text(A, other, C),
                nodes("Home", A, other, C));
        assertEquals(text(A, other, C), r.text());
        assertEquals(before, r.storedBasis());
    }

    /** A paragraph taken off the page (its node gone, no text in its place) is a removal. */
    @Test
    void aParagraphDeletedFromThePageStaysInTheBasis() {
        String before = text(A, B, C);
        Continuity.Reconciled r = Continuity.reconcile(before, nodes("Home", A, B, C, "Share"), text(A, C),
                nodes("Home", A, C, "Share"));
        assertEquals(text(A, C), r.text());
        assertEquals(before, r.storedBasis());
    }

    /**
     * A paragraph whose slot now holds text the extraction leaves out, when most of the article left the page with
     * it (a takedown, a redesign): every removal stands.
     */
    @Test
    void whenMostOfTheArticleTurnedOverEveryRemovalStands() {
        String before = text(A, B, C);
        Continuity.Reconciled r = Continuity.reconcile(before, nodes("Home", A, B, C),
                text(A), nodes("Home", A, "This page is no longer available", "Return to the home page"));
        assertEquals(before, r.storedBasis());
    }

    /** The basis is the stored text itself when nothing turned over. */
    @Test
    void withoutTurnoverTheBasisIsTheStoredText() {
        String before = text(A, B, C);
        Continuity.Reconciled r = Continuity.reconcile(before, nodes("Home", TEASER, A, B, C), text(A, B, C),
                nodes("Home", TEASER2, A, B, C));
        assertEquals(before, r.storedBasis());
        assertEquals(before, r.text());
    }

    /**
     * A link's text in a list of links turns into a long linked sentence (a teaser's summary): the slot held a link
     * and holds a link, and what it says is a pointer, however long, not the article.
     */
    @Test
    void aLinkSlotWhoseTextGrewIntoASentenceIsStillALink() {
        String before = text(A, B, C);
        String summary = "As the region races to cut its emissions, its approach to planning has changed, hallmarked by"
                + " ever-increasing ambition, innovation and a great deal of public money spent in a short time.";
        java.util.List<String> oldNodes = java.util.List.of("Home", A, B, C, "Anxiety", "Bipolar disorder", "ADHD");
        java.util.List<String> newNodes = java.util.List.of("Home", A, B, C, "Anxiety", "Bipolar disorder", summary);
        Continuity.Page oldPage = new Continuity.Page(String.join(" ", oldNodes),
                java.util.List.of("Anxiety", "Bipolar disorder", "ADHD"), oldNodes);
        Continuity.Page newPage = new Continuity.Page(String.join(" ", newNodes),
                java.util.List.of("Anxiety", "Bipolar disorder", summary), newNodes);
        assertEquals(before, Continuity.carry(before, oldPage, text(A, B, C, summary), newPage));
    }

    /** A sentence linked in the place of an article paragraph is the edit (the old slot held no link). */
    @Test
    void aLinkedSentenceInAParagraphsPlaceIsTheEdit() {
        String before = text(A, B, C);
        String update = "The council said on Monday evening that the vote would be held again in March, after a recount.";
        java.util.List<String> oldNodes = java.util.List.of("Home", A, B, C);
        java.util.List<String> newNodes = java.util.List.of("Home", A, update, C);
        Continuity.Page oldPage = new Continuity.Page(String.join(" ", oldNodes), java.util.List.of(), oldNodes);
        Continuity.Page newPage = new Continuity.Page(String.join(" ", newNodes), java.util.List.of(update), newNodes);
        assertEquals(text(A, update, C), Continuity.carry(before, oldPage, text(A, update, C), newPage));
    }
}
