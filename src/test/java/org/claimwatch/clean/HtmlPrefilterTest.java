package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPrefilterTest {

    @Test
    void dropsScriptsStylesAndCommentsAndKeepsJsonLdAside() {
        HtmlPrefilter.Result r = HtmlPrefilter.filter("<p>a<!-- c -->b</p><script type=\"application/ld+json\">{}"
                + "</script><style>x</style><svg/><p>\u4e2d</p><noscript>n</noscript");
        assertThat(r.html()).isEqualTo("<p>ab</p><p>\u4e2d</p>");
        assertThat(r.jsonLd()).containsExactly("{}");
    }

    @Test
    void readerGivesTheSameTextInSmallReads() throws IOException {
        HtmlPrefilter.Result r = HtmlPrefilter.filter("<div>one<script>1</script>two<!--x-->three</div><p>four");
        StringBuilder read = new StringBuilder();
        char[] buf = new char[3];
        try (Reader in = r.markup().reader()) {
            for (int n = in.read(buf, 0, 3); n >= 0; n = in.read(buf, 0, 3)) {
                read.append(buf, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(r.html()).isEqualTo("<div>onetwothree</div><p>four");
    }

    @Test
    void keepsAnUnclosedTagAndAnUnterminatedComment() {
        assertThat(HtmlPrefilter.filter("a<b").html()).isEqualTo("a<b");
        assertThat(HtmlPrefilter.filter("a<script src=x").html()).isEqualTo("a");
        assertThat(HtmlPrefilter.filter("a<!-- b").html()).isEqualTo("a");
    }
}
