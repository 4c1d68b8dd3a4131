package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Decides whether a page is a plain-text fragment whose line breaks, not its markup, separate paragraphs. */
final class TextMode {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "br", "h1", "h2", "h3", "h4", "h5",
            "h6", "article", "section", "table", "blockquote", "pre", "main", "ul", "ol", "dl", "header", "footer");

    private TextMode() {
    }

    static boolean applies(Element body) {
        return !hasBlockBelow(body) && body.wholeText().indexOf('\n') >= 0;
    }

    /** Whether any element under {@code e} is a block; stops at the first one (most pages: the first child). */
    private static boolean hasBlockBelow(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (BLOCKS.contains(c.normalName()) || hasBlockBelow(c)) {
                return true;
            }
        }
        return false;
    }
}
