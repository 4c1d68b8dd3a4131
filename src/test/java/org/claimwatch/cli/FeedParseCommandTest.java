package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** feed-parse over the date corpus in src/test/resources/feed-dates: raw strings beside instants, and the counts. */
class FeedParseCommandTest {

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FeedParseCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> corpus() throws Exception {
        Path dir = Path.of(FeedParseCommandTest.class.getResource("/feed-dates").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    @Test
    void countsParsedImpossibleAndUnreadableDatesOverTheCorpus() throws Exception {
        String out = run(corpus());
        System.out.println(out.lines().filter(l -> l.startsWith("dates:")).findFirst().orElse(""));
        assertThat(out).contains("dates: 102 parsed, 30 rejected as impossible, 12 unreadable (6 files)");
    }

    @Test
    void printsTheRawDateBesideTheInstant() throws Exception {
        Path feed = Path.of(FeedParseCommandTest.class.getResource("/feed-dates/json-feed-dates.json").toURI());
        JsonNode items = new ObjectMapper().readTree(run(List.of(feed.toString())).lines().findFirst().orElseThrow())
                .path("items");
        assertThat(items.get(0).path("publishedRaw").asText()).isEqualTo("2024-06-01T09:00:00-04:00");
        assertThat(items.get(0).path("published").asText()).isEqualTo("2024-06-01T13:00:00Z");
        assertThat(items.get(2).path("publishedRaw").asText()).isEqualTo("2024-02-30T09:00:00Z");
        assertThat(items.get(2).path("published").isNull()).isTrue();
        assertThat(items.get(2).path("publishedOutcome").asText()).isEqualTo("impossible");
        assertThat(items.get(3).path("publishedOutcome").asText()).isEqualTo("unreadable");
    }

    @Test
    void aFeedWhoseItemsAllLackALinkSaysSo() throws Exception {
        Path feed = Path.of(FeedParseCommandTest.class.getResource("/feed-dates/rss-all-items-without-link.xml").toURI());
        JsonNode line = new ObjectMapper().readTree(run(List.of(feed.toString())).lines().findFirst().orElseThrow());
        assertThat(line.path("itemCount").asInt()).isZero();
        assertThat(line.path("warnings").get(0).asText()).isEqualTo("all 3 items skipped: no link");
    }
}
