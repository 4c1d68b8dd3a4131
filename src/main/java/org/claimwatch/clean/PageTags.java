package org.claimwatch.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements that {@link MetadataReader} reads, found in one walk over the document instead of one per question:
 * the first {@code <html>}, every {@code <meta>} in document order, the first {@code <link rel=canonical>}, and the
 * body's first {@code <h1>} and first {@code <time datetime>} (null when absent).
 */
record PageTags(Element html, List<Element> metas, Element canonical, Element firstH1, Element firstTime) {

    static PageTags of(Document doc) {
        Walk walk = new Walk(doc.body());
        walk.visit(doc, false);
        return new PageTags(walk.html, walk.metas, walk.canonical, walk.h1, walk.time);
    }

    /** A pre-order walk over elements only, by child index (cheaper than a general node traversal). */
    private static final class Walk {
        private final Element body;
        private final List<Element> metas = new ArrayList<>();
        private Element html;
        private Element canonical;
        private Element h1;
        private Element time;

        Walk(Element body) {
            this.body = body;
        }

        void visit(Element e, boolean underBody) {
            boolean inBody = underBody || e == body;
            if (e.nameIs("html")) {
                html = html == null ? e : html;
            } else if (e.nameIs("meta")) {
                metas.add(e);
            } else if (e.nameIs("link")) {
                if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel"))) {
                    canonical = e;
                }
            } else if (inBody && e.nameIs("h1")) {
                h1 = h1 == null ? e : h1;
            } else if (inBody && time == null && e.nameIs("time") && e.hasAttr("datetime")) {
                time = e;
            }
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                if (e.childNode(i) instanceof Element child) {
                    visit(child, inBody);
                }
            }
        }
    }
}
