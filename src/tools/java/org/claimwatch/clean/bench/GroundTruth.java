package org.claimwatch.clean.bench;

import java.util.List;

/** One benchmark page's expected extraction: its main text and snippets that must and must not appear. */
public record GroundTruth(String id, String url, String title, String mainContent, List<String> with,
                          List<String> without) {

    public GroundTruth {
        with = with == null ? List.of() : List.copyOf(with);
        without = without == null ? List.of() : List.copyOf(without);
    }
}
