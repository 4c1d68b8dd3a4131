package org.claimwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.feeds.parse.FeedDate;
import org.claimwatch.feeds.parse.FeedItem;
import org.claimwatch.feeds.parse.FeedParseException;
import org.claimwatch.feeds.parse.FeedParser;
import org.claimwatch.feeds.parse.ParsedFeed;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code feed-parse FILE... [--url URL] [--content-type TYPE] [--repeat N] [--synthetic-mb M]}: prints each parsed
 * feed (or its error) as one JSON line, each item's dates as the raw string beside the parsed instant (null when
 * impossible or unreadable) and the feed's status warnings; then one line counting the dates parsed, rejected as
 * impossible and unreadable over all files. With {@code --repeat} also the mean parse time and throughput per input;
 * {@code --synthetic-mb} adds a generated well-formed and a generated broken feed of about M MB.
 */
public final class FeedParseCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> files = new ArrayList<>();
        String url = null;
        String contentType = null;
        int repeat = 0;
        int syntheticMb = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if ("--url".equals(a) && hasValue) {
                url = args.get(++i);
            } else if ("--content-type".equals(a) && hasValue) {
                contentType = args.get(++i);
            } else if ("--repeat".equals(a) && hasValue) {
                repeat = Integer.parseInt(args.get(++i));
            } else if ("--synthetic-mb".equals(a) && hasValue) {
                syntheticMb = Integer.parseInt(args.get(++i));
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty() && syntheticMb == 0) {
            err.println("usage: feed-parse FILE... [--url URL] [--content-type TYPE] [--repeat N] [--synthetic-mb M]");
            return 2;
        }
        List<String> names = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (String f : files) {
            names.add(f);
            bodies.add(Files.readAllBytes(Path.of(f)));
        }
        if (syntheticMb > 0) {
            names.add("synthetic-" + syntheticMb + "mb-well-formed");
            bodies.add(synthetic(syntheticMb, false));
            names.add("synthetic-" + syntheticMb + "mb-broken");
            bodies.add(synthetic(syntheticMb, true));
        }
        Map<FeedDate.Outcome, Integer> dates = new EnumMap<>(FeedDate.Outcome.class);
        for (FeedDate.Outcome o : FeedDate.Outcome.values()) {
            dates.put(o, 0);
        }
        for (int i = 0; i < bodies.size(); i++) {
            out.println(JSON.writeValueAsString(
                    describe(names.get(i), bodies.get(i), contentType, url, repeat == 0, dates)));
        }
        out.printf("dates: %d parsed, %d rejected as impossible, %d unreadable (%d files)%n",
                dates.get(FeedDate.Outcome.PARSED), dates.get(FeedDate.Outcome.IMPOSSIBLE),
                dates.get(FeedDate.Outcome.UNREADABLE), bodies.size());
        for (int i = 0; i < bodies.size() && repeat > 0; i++) {
            byte[] body = bodies.get(i);
            for (int w = 0; w < Math.min(3, repeat); w++) {
                tryParse(body, contentType, url);
            }
            long start = System.nanoTime();
            for (int r = 0; r < repeat; r++) {
                tryParse(body, contentType, url);
            }
            double ms = (System.nanoTime() - start) / 1e6 / repeat;
            out.printf("%s: %,d bytes, %d parses, mean %.2f ms, %.1f MB/s%n",
                    names.get(i), body.length, repeat, ms, body.length / 1e6 / (ms / 1000));
        }
        return 0;
    }

    private static ObjectNode describe(String name, byte[] body, String contentType, String url, boolean withItems,
                                       Map<FeedDate.Outcome, Integer> dates) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", name);
        try {
            ParsedFeed feed = FeedParser.parse(body, contentType, url);
            o.put("title", feed.title());
            o.put("siteUrl", feed.siteUrl());
            o.put("itemCount", feed.items().size());
            o.put("skippedWithoutLink", feed.skippedWithoutLink());
            ArrayNode warnings = o.putArray("warnings");
            feed.warnings().forEach(warnings::add);
            for (FeedItem item : feed.items()) {
                for (FeedDate d : new FeedDate[] {item.publishedDate(), item.updatedDate()}) {
                    if (d != null) {
                        dates.merge(d.outcome(), 1, Integer::sum);
                    }
                }
            }
            if (withItems) {
                ArrayNode items = o.putArray("items");
                for (FeedItem item : feed.items()) {
                    ObjectNode n = items.addObject();
                    n.put("guid", item.guid());
                    n.put("url", item.url());
                    n.put("title", item.title());
                    putDate(n, "published", item.publishedDate());
                    putDate(n, "updated", item.updatedDate());
                    n.put("contentHash", item.contentHash());
                }
            }
        } catch (FeedParseException e) {
            o.put("error", e.getMessage());
        }
        return o;
    }

    /** {@code "published": instant or null, "publishedRaw": the feed's string, "publishedOutcome"} when present. */
    private static void putDate(ObjectNode n, String field, FeedDate date) {
        n.put(field, date == null || date.instant() == null ? null : date.instant().toString());
        if (date != null) {
            n.put(field + "Raw", date.raw());
            n.put(field + "Outcome", date.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void tryParse(byte[] body, String contentType, String url) {
        try {
            FeedParser.parse(body, contentType, url);
        } catch (FeedParseException expected) {
            // errors are timed like successes
        }
    }

    private static byte[] synthetic(int megabytes, boolean broken) {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Synthetic</title>"
                + "<link>https://synthetic.example/</link><description>d</description>");
        String filler = (broken ? "salt & pepper " : "salt and pepper ").repeat(30);
        for (int i = 0; sb.length() < megabytes * 1_000_000; i++) {
            sb.append("<item><title>Item ").append(i).append("</title><link>https://synthetic.example/").append(i)
                    .append("</link><pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate><description>").append(filler)
                    .append("</description></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
