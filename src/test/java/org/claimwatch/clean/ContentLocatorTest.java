package org.claimwatch.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLocatorTest {

    @Test
    void paragraphsRightInTheBodyMakeTheBodyTheRootNeverTheDocument() {
        Document doc = Jsoup.parse("<html><head><title>Council expands bus network</title></head><body><p>"
                + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p></body></html>");
        DomPruner.Pruned pruned = DomPruner.prune(doc.body());
        assertThat(ContentLocator.locate(doc.body(), pruned.stats()).roots()).isEqualTo(List.of(doc.body()));
    }
}
