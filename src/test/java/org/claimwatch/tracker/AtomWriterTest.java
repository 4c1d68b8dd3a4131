package org.claimwatch.tracker;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtomWriterTest {

    private static final ChangeEntry NUMBER = new ChangeEntry(42, 7, "NUMBER_CHANGED", "Budget vote",
            "https://news.example/budget", "Alpha Times", "The budget was 10 million.", "The budget was 12 million.",
            0.9, Instant.parse("2026-11-24T10:15:30.123456Z"), 1, 2);

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
    }

    @Test
    void eachChangeIsAnEntryWithAStableIdFromItsChangeId() throws Exception {
        Feed feed = parse(AtomWriter.write("urn:claimwatch:changes", "all", "http://h/atom/changes", "http://h/#/",
                List.of(NUMBER), Instant.EPOCH));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactly("urn:claimwatch:change:42");
    }

    @Test
    void aPageOfAPagedFeedLinksToTheOlderEntries() throws Exception {
        Feed page = parse(AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(NUMBER), Instant.EPOCH,
                "http://h/a?before=42"));
        assertThat(page.getOtherLinks()).anyMatch(l -> l.getRel().equals("next")
                && l.getHref().equals("http://h/a?before=42"));
        Feed last = parse(AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(NUMBER), Instant.EPOCH));
        assertThat(last.getOtherLinks()).noneMatch(l -> l.getRel().equals("next"));
    }

    @Test
    void entryTitleNamesKindArticleAndOutlet() {
        assertThat(AtomWriter.entryTitle(NUMBER)).isEqualTo("number changed: Budget vote (Alpha Times)");
    }

    @Test
    void contentCarriesBeforeAndAfterAsEscapedHtml() {
        ChangeEntry hostile = new ChangeEntry(1, 1, "CLAIM_REWORDED", "t", "https://x", "o",
                "<script>alert(1)</script>", "a & b", 0.25, Instant.EPOCH, 3, 4);
        assertThat(AtomWriter.contentHtml(hostile)).isEqualTo("<p><strong>Before:</strong> "
                + "<del>&lt;script&gt;alert(1)&lt;/script&gt;</del></p><p><strong>After:</strong> <ins>a &amp; b</ins>"
                + "</p><p>Significance 0.25 · version 3 → 4</p>");
    }

    @Test
    void anAddedClaimHasNoBefore() {
        ChangeEntry added = new ChangeEntry(2, 1, "CLAIM_ADDED", "t", "https://x", "o", null, "New.", 0.5,
                Instant.EPOCH, 1, 2);
        assertThat(AtomWriter.contentHtml(added)).startsWith("<p><strong>Before:</strong> <em>(none)</em></p>");
    }

    @Test
    void feedUpdatedIsTheNewestEntryAndEmptyFeedsUseTheFallback() throws Exception {
        String xml = AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(NUMBER), Instant.EPOCH);
        assertThat(xml).contains("<updated>2026-11-24T10:15:30.123Z</updated>");
        String empty = AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(), Instant.EPOCH);
        assertThat(empty).contains("<updated>1970-01-01T00:00:00Z</updated>").doesNotContain("<entry>");
        assertThat(parse(empty).getEntries()).isEmpty();
    }

    @Test
    void nonHttpArticleLinksAreLeftOut() {
        ChangeEntry js = new ChangeEntry(3, 1, "CLAIM_ADDED", "t", "javascript:alert(1)", "o", null, "x", 0.5,
                Instant.EPOCH, 1, 2);
        String xml = AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(js), Instant.EPOCH);
        assertThat(xml).doesNotContain("javascript:");
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() throws Exception {
        ChangeEntry control = new ChangeEntry(4, 1, "CLAIM_ADDED", "bad\u0001title", "https://x", "o", null,
                "x\u0000y", 0.5, Instant.EPOCH, 1, 2);
        Feed feed = parse(AtomWriter.write("urn:x", "t", "http://h/a", "http://h/", List.of(control), Instant.EPOCH));
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("claim added: badtitle (o)");
    }
}
