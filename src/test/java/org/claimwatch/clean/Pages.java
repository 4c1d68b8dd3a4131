package org.claimwatch.clean;

/** Literal HTML pages for cleaner tests (and the bench of the unseen corpora). */
public final class Pages {

    public static final String P1 = "The city council voted on Tuesday to expand the bus network, adding four routes that will "
            + "connect the northern suburbs with the hospital district by the end of next year.";
    public static final String P2 = "Council member Ana Ruiz said the plan would cost 12 million dollars, and that half of the "
            + "money would come from a regional transport grant approved in March.";
    public static final String P3 = "Opponents argued that the routes duplicate existing services, but the motion passed by "
            + "seven votes to two after a debate that lasted more than three hours.";

    private Pages() {
    }

    /** The main text the cleaner extracts from {@code html}, served at a news URL. */
    public static String clean(String html) {
        return Cleaner.clean(html, "https://news.example/2024/05/council-buses").text();
    }

    /** A news page whose article holds the three paragraphs plus {@code extra} markup after the first paragraph. */
    public static String article(String extra) {
        return "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article><h1>Council expands bus network</h1>"
                + "<p>" + P1 + "</p>" + extra + "<p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<footer>Copyright 2024 The Daily Example</footer></body></html>";
    }

    /**
     * A news page with {@code html} set at {@code position}: "top" (between the headline and the first paragraph),
     * "mid" (after the first paragraph) or "end" (after the last).
     */
    public static String at(String html, String position) {
        return switch (position) {
            case "top" -> article("").replace("<p>" + P1, html + "<p>" + P1);
            case "mid" -> article(html);
            default -> article("").replace("</article>", html + "</article>");
        };
    }

    /**
     * Whether the cleaned {@code text} holds all of the fragment {@code html}'s text: a list's items count without
     * the marks the cleaner writes before them ("1. ", "- "), white space as one space.
     */
    public static boolean keepsAll(String text, String html) {
        String kept = text.replaceAll("(?m)^(?:\\d+\\.|-) ", "").replaceAll("\\s+", " ");
        return kept.contains(org.jsoup.Jsoup.parse(html).text().strip().replaceAll("\\s+", " "));
    }

    /** Asserts that {@code extra}, set at each of {@code positions}, leaves the page's three paragraphs and nothing else. */
    public static void assertDropped(String extra, String... positions) {
        for (String position : positions) {
            org.assertj.core.api.Assertions.assertThat(clean(at(extra, position))).as(position).isEqualTo(expected());
        }
    }

    /** The three paragraphs, as the cleaner should give them back. */
    public static String expected() {
        return P1 + "\n\n" + P2 + "\n\n" + P3;
    }
}
