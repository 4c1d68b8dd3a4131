package org.claimwatch.feeds.parse;

import org.jdom2.Element;
import org.jdom2.Namespace;

/** XML Base (W3C, 2009): the base URI in force at an element, from every {@code xml:base} above it. Pure. */
final class XmlBase {

    private XmlBase() {
    }

    /** The base of {@code e}: {@code documentBase} (may be null) with each ancestor-or-self's xml:base applied. */
    static String of(Element e, String documentBase) {
        Element parent = e.getParentElement();
        String base = parent == null ? documentBase : of(parent, documentBase);
        return apply(base, e);
    }

    /** {@code base} (may be null) with the xml:base of {@code e} applied, when it has one that resolves. */
    static String apply(String base, Element e) {
        String own = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (own == null || own.isBlank()) {
            return base;
        }
        String resolved = UriRefs.resolve(base, own.strip());
        return resolved != null ? resolved : base;
    }
}
