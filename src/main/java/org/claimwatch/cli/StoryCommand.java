package org.claimwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.stories.ClaimGroup;
import org.claimwatch.stories.GroupStatus;
import org.claimwatch.stories.StoryArticle;
import org.claimwatch.stories.StoryIndex;
import org.claimwatch.stories.StoryJson;
import org.claimwatch.stories.StoryMatch;
import org.claimwatch.stories.Stories;
import org.claimwatch.stories.TermVector;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code story [--all] [--embeddings] FILE[@YYYY-MM-DD]...}: reads cleaned or raw (HTML) articles, groups them into
 * stories and prints each story's claim groups with their status as JSON. Without {@code @date} the date is taken
 * from a "date YYYY-MM-DD" line or the page's published metadata. {@code --all} also lists single-source groups.
 * {@code --embeddings} loads the sentence model (MiniLM, from the jar) and lets check-worthy sentences in other words
 * join claim groups (statement facts), as the story stage does with {@code stories.statements} on.
 */
public final class StoryCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        boolean all = args.contains("--all");
        boolean embeddings = args.contains("--embeddings");
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.isEmpty()) {
            err.println("usage: story [--all] [--embeddings] FILE[@YYYY-MM-DD]...");
            return 2;
        }
        List<StoryArticle> articles = new ArrayList<>();
        for (String arg : files) {
            articles.add(read(arg, articles.size() + 1));
        }
        articles.sort((a, b) -> a.date() == null || b.date() == null ? 0 : a.date().compareTo(b.date()));
        StoryIndex index = StoryIndex.standard();
        List<List<StoryArticle>> stories = new ArrayList<>();
        ArrayNode assignments = JSON.createArrayNode();
        for (StoryArticle a : articles) {
            TermVector v = Stories.vector(a.text());
            Optional<StoryMatch> match = index.match(v, a.date());
            int story = match.map(m -> (int) m.storyId()).orElse(stories.size());
            if (match.isEmpty()) {
                stories.add(new ArrayList<>());
            }
            stories.get(story).add(a);
            index.add(story, a.articleId(), a.date(), v);
            assignments.addObject().put("file", a.outlet()).put("date", String.valueOf(a.date())).put("story", story)
                    .put("similarity", match.map(StoryMatch::similarity).orElse(0.0));
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("assignments", assignments);
        ArrayNode storiesJson = result.putArray("stories");
        for (int i = 0; i < stories.size(); i++) {
            List<ClaimGroup> groups = (embeddings ? withEmbeddings(stories.get(i)) : Stories.groups(stories.get(i))).stream()
                    .filter(g -> all || g.status() != GroupStatus.SINGLE).toList();
            ObjectNode s = storiesJson.addObject().put("story", i);
            s.putArray("articles").addAll(stories.get(i).stream()
                    .map(a -> (com.fasterxml.jackson.databind.JsonNode) JSON.getNodeFactory().textNode(a.outlet()))
                    .toList());
            s.set("groups", StoryJson.groups(groups));
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        return 0;
    }

    /** The claim groups of one story's articles with statement facts, aligned on MiniLM embeddings. */
    static List<ClaimGroup> withEmbeddings(List<StoryArticle> articles) {
        List<org.claimwatch.stories.Fact> facts = new ArrayList<>();
        for (StoryArticle a : articles) {
            facts.addAll(Stories.facts(a, true));
        }
        List<String> texts = facts.stream().map(org.claimwatch.stories.Fact::text).distinct().toList();
        org.claimwatch.semantic.model.SentenceEncoder encoder = org.claimwatch.semantic.model.SentenceEncoder.shared();
        java.util.Map<String, float[]> vectors = new java.util.HashMap<>();
        for (int from = 0; from < texts.size(); from += 16) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 16));
            List<float[]> v = encoder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i), v.get(i));
            }
        }
        return Stories.align(facts, org.claimwatch.semantic.SentenceVectors.of(vectors));
    }

    static StoryArticle read(String arg, long id) throws Exception {
        Matcher at = Pattern.compile("^(.*)@(\\d{4}-\\d{2}-\\d{2})$").matcher(arg);
        String file = at.matches() ? at.group(1) : arg;
        LocalDate date = at.matches() ? LocalDate.parse(at.group(2)) : null;
        String raw = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
        String text = raw;
        String title = null;
        String published = null;
        if (raw.contains("<")) {
            CleanedArticle cleaned = Cleaner.clean(raw, null);
            text = cleaned.text();
            title = cleaned.title();
            published = cleaned.published();
        }
        if (date == null) {
            date = Stories.articleDate(text, published);
        }
        if (date == null) {
            date = Stories.articleDate(raw.replaceAll("<[^>]*>", " "), null);
        }
        return new StoryArticle(id, id, Path.of(file).getFileName().toString(), null, title, date, text);
    }
}
