package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.stories.StoryIndex;
import org.claimwatch.stories.StoryMatch;
import org.claimwatch.stories.Stories;
import org.claimwatch.stories.TermVector;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bench-stories JSONL [--repeat N]}: assigns every {@code main_content} text of a JSONL file (repeated N
 * times, one simulated day per 1,000 articles) to stories through the index and prints articles per second.
 */
public final class BenchStoriesCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: bench-stories FILE.jsonl [--repeat N]");
            return 2;
        }
        int repeat = args.contains("--repeat") ? Integer.parseInt(args.get(args.indexOf("--repeat") + 1)) : 1;
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args.get(0)))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("main_content")) {
                    texts.add(n.get("main_content").asText());
                }
            }
        }
        StoryIndex index = StoryIndex.standard();
        long started = System.nanoTime();
        long stories = 0;
        int n = 0;
        for (int r = 0; r < repeat; r++) {
            for (String text : texts) {
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(n / 1000);
                TermVector v = Stories.vector(text);
                Optional<StoryMatch> m = index.match(v, day);
                long story = m.map(StoryMatch::storyId).orElse(++stories);
                index.add(story, n++, day, v);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("grouping: %d articles, %d stories, %.2f s, %.0f articles/s%n", n, index.size(), seconds, n / seconds);
        int sample = Math.min(200, texts.size());
        long t0 = System.nanoTime();
        int failed = 0;
        for (int i = 0; i < sample; i++) {
            try {
                Stories.facts(new org.claimwatch.stories.StoryArticle(i, i, "o", null, null, null, texts.get(i)));
            } catch (RuntimeException e) {
                failed++;
            }
        }
        double factSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("facts: %d articles, %.2f s, %.1f ms/article, %d failed in the claims analysis%n", sample,
                factSeconds, factSeconds * 1000 / sample, failed);
        return 0;
    }
}
