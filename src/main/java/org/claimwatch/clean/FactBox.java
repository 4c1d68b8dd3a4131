package org.claimwatch.clean;

import org.jsoup.nodes.Element;

/**
 * A box of the story's own figures set beside the text ("The new road at a glance": length, cost, start date): a
 * heading over a list of three or more short items, most of them with a figure, with no link, form or button. The
 * story's claims in a box, not furniture. Pure.
 */
final class FactBox {

    private static final int MIN_ITEMS = 3;
    private static final int MAX_ITEM = 160;
    private static final int MAX_CHARS = 1500;

    private FactBox() {
    }

    static boolean is(Element box, TextStats.Counts c) {
        if (c.chars > MAX_CHARS || c.linkDensity() > 0 || !box.select("form, input, button, select, iframe, a[href]")
                .isEmpty()) {
            return false;
        }
        Element heading = box.selectFirst("h2, h3, h4, h5, h6, header, strong, b");
        if (heading == null) {
            return false;
        }
        int items = 0;
        int withFigures = 0;
        for (Element li : box.select("li, dd, tr")) {
            String t = li.text().strip();
            if (t.isEmpty() || t.length() > MAX_ITEM) {
                continue;
            }
            items++;
            if (t.chars().anyMatch(Character::isDigit)) {
                withFigures++;
            }
        }
        return items >= MIN_ITEMS && withFigures * 2 > items;
    }
}
