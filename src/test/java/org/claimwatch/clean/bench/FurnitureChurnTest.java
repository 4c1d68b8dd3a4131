package org.claimwatch.clean.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The churn benchmark's copies change furniture only, never the article; a literal page written for the test. */
class FurnitureChurnTest {

    private static final String P1 = "The city council voted on Tuesday to expand the bus network, adding four routes.";
    private static final String P2 = "Council member Ana Ruiz said the plan would cost 12 million dollars in total.";

    private static BenchPage page() {
        String html = "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><span class='date'>Updated 5 minutes ago</span>"
                + "<article><h1>Council expands bus network</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<div><div><a href='/x'>Harbour ferry fares to rise in autumn</a></div>"
                + "<div><span>14 comments</span></div><p>Sign up for our daily newsletter today.</p></div>"
                + "</body></html>";
        GroundTruth truth = new GroundTruth("t1", "https://news.example/a", "Council expands bus network",
                P1 + "\n\n" + P2, List.of(), List.of());
        return new BenchPage(truth, html.getBytes(StandardCharsets.UTF_8));
    }

    private static final FurnitureChurn.Pool POOL = new FurnitureChurn.Pool(
            List.of("Night trams return after five years"), List.of("Airport link delayed again, officials say"));

    @Test
    void volatileChurnRotatesTeasersAndCountersAndLeavesTheArticle() throws Exception {
        BenchPage p = page();
        String html = FurnitureChurn.churn(p, FurnitureChurn.parse(p), FurnitureChurn.Mode.VOLATILE, false, POOL)
                .html();
        assertThat(html).contains(P1, P2, "Night trams return after five years", "17 comments",
                "Updated 8 minutes ago", "Sign up for our daily newsletter today.")
                .doesNotContain("Harbour ferry", "14 comments");
    }

    @Test
    void fullChurnReplacesEveryFurnitureTextAndLeavesTheArticle() throws Exception {
        BenchPage p = page();
        FurnitureChurn.Copy copy = FurnitureChurn.churn(p, FurnitureChurn.parse(p), FurnitureChurn.Mode.FULL, false,
                POOL);
        assertThat(copy.html()).contains(P1, P2, "Council expands bus network")
                .doesNotContain("Harbour ferry", "14 comments", "Sign up for our", "5 minutes ago");
    }

    @Test
    void bodyEditChangesOneArticleNumber() throws Exception {
        BenchPage p = page();
        FurnitureChurn.Copy copy = FurnitureChurn.churn(p, FurnitureChurn.parse(p), FurnitureChurn.Mode.FULL, true,
                POOL);
        assertThat(copy.numberBefore()).isEqualTo("12");
        assertThat(copy.numberAfter()).isEqualTo("19");
        assertThat(copy.html()).contains(P1, P2.replace("12 million", "19 million"));
    }

    @Test
    void theSplitIsFixedByFileName() {
        assertThat(BenchSplit.half("0001")).isEqualTo(BenchSplit.half("0001"));
        long tune = java.util.stream.IntStream.range(1, 1001).mapToObj(i -> String.format("%04d", i))
                .filter(id -> BenchSplit.half(id) == BenchSplit.Half.TUNE).count();
        assertThat(tune).isBetween(400L, 600L);
    }
}
