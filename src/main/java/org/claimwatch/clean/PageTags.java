package org.claimwatch.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements that {@link MetadataReader} reads, found in one walk over the document instead of one per question:
 * every {@code <meta>} in document order, the first {@code <link rel=canonical>}, and the body's first {@code <h1>}
 * and first {@code <time datetime>} (null when absent).
 */
record PageTags(List<Element> metas, Element canonical, Element firstH1, Element firstTime) {

    static PageTags of(Document doc) {
        Element body = doc.body();
        Walk walk = new Walk(body);
        NodeTraversor.traverse(walk, doc);
        return new PageTags(walk.metas, walk.canonical, walk.h1, walk.time);
    }

    private static final class Walk implements NodeVisitor {
        private final Element body;
        private final List<Element> metas = new ArrayList<>();
        private Element canonical;
        private Element h1;
        private Element time;
        private boolean inBody;

        Walk(Element body) {
            this.body = body;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e == body) {
                inBody = true;
            }
            if (e.nameIs("meta")) {
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
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == body) {
                inBody = false;
            }
        }
    }
}
