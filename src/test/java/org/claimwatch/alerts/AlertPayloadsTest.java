package org.claimwatch.alerts;

import org.claimwatch.json.Jackson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlertPayloadsTest {

    private static final Instant TIME = Instant.parse("2026-11-24T12:00:00Z");

    private static Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version_id", 42L);
        s.put("article_id", 9L);
        s.put("version_no", 2);
        s.put("feed_id", 1L);
        s.put("url", "https://news.example/a");
        s.put("outlet", "The Gazette");
        s.put("title", "Leaders leave");
        s.put("sentence_count", 30);
        return s;
    }

    private static Map<String, Object> change() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", 5L);
        c.put("article_id", 9L);
        c.put("kind", "NUMBER_CHANGED");
        c.put("key", "k1");
        c.put("before", "about 13 leaders");
        c.put("after", "about 15 leaders");
        c.put("significance", 0.8);
        c.put("spans", List.of());
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("before", List.of());
        numbers.put("after", List.of());
        c.put("numbers", numbers);
        c.put("created_at", "2026-11-24T11:59:59Z");
        return c;
    }

    @Test
    void claimsChangedCarriesArticleVersionsAndOnlyChangeFields() {
        String json = Jackson.write(AlertPayloads.claimsChanged("msg_1", TIME, summary(), List.of(change())));
        assertThat(json).isEqualTo("{\"id\":\"msg_1\",\"type\":\"claims.changed\",\"timestamp\":\"2026-11-24T12:00:00Z\","
                + "\"data\":{\"article\":{\"id\":9,\"outlet\":\"The Gazette\",\"title\":\"Leaders leave\","
                + "\"url\":\"https://news.example/a\",\"feed_id\":1},\"versions\":{\"from\":1,\"to\":2,\"version_id\":42},"
                + "\"changes\":[{\"id\":5,\"kind\":\"NUMBER_CHANGED\",\"key\":\"k1\",\"before\":\"about 13 leaders\","
                + "\"after\":\"about 15 leaders\",\"significance\":0.8,\"numbers\":{\"before\":[],\"after\":[]},"
                + "\"spans\":[]}]}}");
    }

    @Test
    void storyChangesCarryTheirStoryAndNoArticle() {
        Map<String, Object> c = change();
        c.put("kind", "STORY_CLAIM_DISPUTED");
        c.put("story_id", 3L);
        Map<String, Object> event = AlertPayloads.claimsChanged("msg_2", TIME, Map.of("story_id", 3L), List.of(c));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data).containsEntry("story_id", 3L).doesNotContainKeys("article", "versions");
        assertThat(AlertPayloads.orderKey(Map.of("story_id", 3L), List.of())).isEqualTo("story:3");
        assertThat(AlertPayloads.orderKey(Map.of(), List.of(c))).isEqualTo("story:3");
        assertThat(AlertPayloads.orderKey(summary(), List.of(c))).isEqualTo("article:9");
    }

    @Test
    void digestListsTheGroupedEventsInOrder() {
        Map<String, Object> a = AlertPayloads.claimsChanged("msg_a", TIME, summary(), List.of(change()));
        Map<String, Object> b = AlertPayloads.claimsChanged("msg_b", TIME, summary(), List.of(change()));
        Map<String, Object> digest = AlertPayloads.digest("msg_d", TIME, List.of(a, b));
        assertThat(digest.get("type")).isEqualTo("claims.digest");
        assertThat(digest.get("data")).isEqualTo(Map.of("count", 2, "events", List.of(a, b)));
    }

    @Test
    void slackMessageHasTextAndEscapedMarkdownBlocks() {
        Map<String, Object> c = change();
        c.put("after", "15 <leaders> & more");
        Map<String, Object> slack = SlackFormat.render(AlertPayloads.claimsChanged("msg_1", TIME, summary(), List.of(c)));
        assertThat(slack.get("text")).isEqualTo("1 claim change in The Gazette: Leaders leave");
        assertThat(Jackson.write(slack.get("blocks"))).isEqualTo("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\","
                + "\"text\":\"*1 claim change in The Gazette: Leaders leave*\\n<https://news.example/a|open the article>"
                + "\\n• `NUMBER_CHANGED` ~about 13 leaders~ → 15 &lt;leaders&gt; &amp; more\"}}]");
    }

    @Test
    void slackTestMessageNamesTheSubscription() {
        assertThat(SlackFormat.render(AlertPayloads.test("msg_t", TIME, "newsdesk")).get("text"))
                .isEqualTo("claimwatch test event for newsdesk");
    }

    @Test
    void aHeadlineChangeCarriesItsAspectsAndSlackNamesItAndTheCorrectionNote() {
        Map<String, Object> h = change();
        h.put("kind", "HEADLINE_CHANGED");
        h.put("key", "headline");
        h.put("before", "Qatar to close Hamas office");
        h.put("after", "Qatar has not permanently closed Hamas office");
        h.put("aspects", List.of("HEDGE_CHANGED"));
        Map<String, Object> n = change();
        n.put("kind", "CORRECTION_ADDED");
        n.put("before", null);
        n.put("after", "Correction: An earlier version of this article misstated the toll.");
        n.put("related", List.of("k1"));
        Map<String, Object> event = AlertPayloads.claimsChanged("msg_3", TIME, summary(), List.of(h, n, change()));
        String json = Jackson.write(event);
        assertThat(json).contains("\"kind\":\"HEADLINE_CHANGED\"", "\"aspects\":[\"HEDGE_CHANGED\"]",
                "\"related\":[\"k1\"]").doesNotContain("returning");

        Map<String, Object> slack = SlackFormat.render(event);
        assertThat(slack.get("text")).isEqualTo("Headline changed, correction added and 1 claim change in The Gazette: "
                + "Leaders leave");
        assertThat(Jackson.write(slack.get("blocks")))
                .contains("\\n• `HEADLINE_CHANGED` headline changed (hedge changed): ~Qatar to close Hamas office~ → "
                        + "Qatar has not permanently closed Hamas office")
                .contains("\\n• `CORRECTION_ADDED` correction added: Correction: An earlier version of this article "
                        + "misstated the toll.")
                .contains("\\n• `NUMBER_CHANGED` ~about 13 leaders~ → about 15 leaders");
    }
}
