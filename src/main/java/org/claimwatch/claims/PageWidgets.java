package org.claimwatch.claims;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A page's widgets that tick between fetches, as lines of their own: a shop's, a form's or a gallery's (a pager
 * "Page 2 of 5", a star rating with its count, an offer "Free shipping on orders over $35", "Offer ends in 3 days",
 * stock left, a "trusted by N+ businesses" badge), and a news page's own (weather, air quality, market boards, live
 * scores with a clock or period, countdowns, live-blog and viewer counts, a paywall meter, a player's position, rank
 * badges, a developing story's label), in English and six more languages. The page selling, paging or ticking, not a
 * claim. Pure, thread-safe.
 */
final class PageWidgets {

    /** A temperature reading, with an optional label: "14°C", "Now 72°F", "H 79°", "L 61°". */
    private static final String TEMPERATURE = "(?:(?:(?i:now|h|l|hi|lo|high|low|feels\\s+like|max|min)\\s*:?\\s*)?[-−]?"
            + "\\d{1,3}\\s*°\\s*[CF]?|(?i:feels\\s+like|high|low|max|min)\\s*:?\\s*[-−]?\\d{1,3})";
    /** A number as a quote board prints it, in either locale: "38,904.12", "18.214,60", "1.2712". */
    private static final String BOARD_NUMBER = "\\d[\\d.,]*";
    /**
     * One quote of a market board: a name or ticker (with an exchange's ticker), a price and its move, absolute
     * and/or in percent, with a sign or an arrow: "Dow 38,904.12 ▲ 112.40 (0.29%)", "DAX 18.214,60 −0,31 %",
     * "AAPL 189.84 -1.12 (-0.59%)", "GBP/USD 1.2712 +0.15%".
     */
    private static final String QUOTE = "(?-i:\\p{Lu}[\\p{L}\\d&./]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&./]*){0,3}"
            + "(?:\\s*\\((?:\\p{Lu}{2,10}\\s*:\\s*)?\\p{Lu}[\\p{Lu}.]{0,6}\\))?\\s+[$€£¥]?\\s?" + BOARD_NUMBER
            + "(?:\\s*[+\\-−▲▼△▽↑↓]\\s?" + BOARD_NUMBER + "(?:\\s*%)?)?"
            + "(?:\\s*\\(?\\s*[+\\-−▲▼△▽↑↓]?\\s?" + BOARD_NUMBER + "\\s*%\\s*\\)?)?)";
    /** A team's name or code in a score line: "LIV", "Bayern", "Red Sox". */
    private static final String TEAM = "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}";

    /** The shop's, form's and gallery's widgets, and the news page's cheap ones: one pattern, tried on every line. */
    private static final Pattern CORE = Pattern.compile("(?iu)^\\s*(?:(?:page|step|slide|photo|image|picture|part"
            + "|item|question)?\\s*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}"
            + "|\\d(?:[.,]\\d)?\\s*(?:out of|/)\\s*(?:5|10)(?:\\s*stars?)?(?:\\s*\\(?\\d[\\d,.]*\\s*k?\\+?\\s*"
            + "(?:reviews?|ratings?|votes?)\\)?)?"
            + "|free (?:shipping|delivery|returns)(?: on (?:all )?(?:orders|purchases)(?: over| above| of)? [$€£]?\\d[\\d,.]*\\+?)?"
            + "|(?:the )?(?:offer|sale|deal|discount|promotion)s? ends? (?:in )?\\d+\\s*(?:days?|hours?|hrs?|minutes?|mins?)"
            + "|(?:only )?\\d+ (?:left|remaining)(?: in stock)?"
            + "|(?:trusted|used|loved|chosen) by (?:over |more than )?\\d[\\d,.]*\\s*[km]?\\+?\\s*[\\p{L} ]{1,30}"
            + "|\\d{1,3}[- ]day (?:free )?(?:trial|returns?|money-back guarantee)"
            + "|(?:get |try )?\\d{1,3}\\s*(?:days?|weeks?|months?)\\s+(?:of\\s+)?free(?:\\s+[\\p{L}]+){0,3}"
            + "|(?:try (?:it )?)?free for \\d{1,3}\\s*(?:days?|weeks?|months?)"
            + "|(?:starting|starts|prices? from|from) (?:at )?[$€£]\\s?\\d[\\d,.]*"
            // a reader poll's tally
            + "|(?:(?:yes|no|agree|disagree|not sure|undecided|don['’]t know)\\s*:?\\s*\\d{1,3}(?:[.,]\\d)?\\s*%\\s*"
            + "[,|·]?\\s*){2,5}(?:\\(?\\s*\\d[\\d,]*\\s*(?:votes?|responses?)\\s*\\)?)?"
            + "|live\\s*[:|·-]?\\s*\\d+\\s*(?:new\\s+)?(?:updates?|posts?|entries)"
            + "|(?:(?:video|audio|episode)\\s+)?(?:duration|length|running time|runtime|listen|watch)\\s*:?\\s*"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "|(?:estimated\\s+)?reading time\\s*:?\\s*\\d+\\s*(?:min(?:ute)?s?|m)"
            + ")\\s*[.!]?\\s*$");

    /**
     * A news page's own widgets, each behind a cheap test of the lower-cased line (most lines of prose fail them all
     * without a pattern): the diff runs this on every sentence of both versions.
     */
    private record Gated(Predicate<String> may, Pattern pattern) {
    }

    private static final List<Gated> GATED = List.of(
            // weather (case-sensitive names: under (?i) \\p{Lu} takes lower case too, and "Seville hits 46°C" is news)
            new Gated(l -> l.indexOf('°') >= 0 || l.contains("feels like") || l.contains("high") || l.contains("low"),
                    line("(?-i:(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}" + TEMPERATURE + "(?:\\s*[|/·,]?\\s*" + TEMPERATURE
                            + "){0,3}(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+)?){0,2})")),
            new Gated(l -> l.contains("aqi") || l.contains("air quality") || l.contains("uv") || l.contains("pollen"),
                    line("(?:(?-i:\\p{Lu}[\\p{L}.'-]*)\\s+){0,3}(?:air\\s+quality(?:\\s+index)?|aqi|uv(?:\\s+index)?"
                            + "|pollen(?:\\s+count)?)\\s*:?\\s*\\d{1,3}\\s*[·|,-]?\\s*(?:good|moderate|fair|poor|very\\s+poor"
                            + "|severe|satisfactory|unhealthy|very\\s+unhealthy|hazardous|low|high|very\\s+high|extreme)?")),
            // a market board: a pair, a coin, a share with its exchange and ticker
            new Gated(l -> hasAny(l, "%▲▼△▽↑↓"), line(QUOTE + "(?:\\s+" + QUOTE + "){0,3}")),
            // a live score with its match clock or period
            new Gated(l -> hasAny(l, "'’(,/") || l.contains(" v "),
                    line("(?-i:" + TEAM + "\\s+\\d{1,3}\\s*[-–:]\\s*\\d{1,3}\\s+" + TEAM + "\\s*(?:\\d{1,3}"
                            + "(?:\\+\\d{1,2})?['’]|\\(\\d{1,3}\\.?(?:\\+\\d{1,2})?['’]?\\)))"
                            + "|(?-i:" + TEAM + "\\s+\\d{1,3},\\s*" + TEAM + "\\s+\\d{1,3}\\s*[-–|]\\s*(?:Top|Bot|Bottom|Mid"
                            + "|End)\\s+\\d{1,2}(?:st|nd|rd|th))"
                            + "|(?:\\p{L}{2,5}\\s*:\\s*)?(?-i:" + TEAM + ")\\s+\\d{1,3}\\.\\d{1,2}\\s*\\(\\d{1,3}\\)\\s+(?:v|vs)"
                            + "\\.?\\s+(?-i:" + TEAM + ")\\s+\\d{1,3}\\.\\d{1,2}\\s*\\(\\d{1,3}\\)\\s*(?:Q[1-4]|HT|FT|3QT|OT)?"
                            + "|(?-i:" + TEAM + ")\\s+\\d{1,3}/\\d{1,2}\\s*\\(\\d{1,2}(?:\\.\\d)?\\s*ov(?:ers)?\\)"
                            + "(?:\\s*[·|•]\\s*(?:CRR|RRR)\\s*:?\\s*\\d{1,2}(?:\\.\\d{1,2})?)?")),
            // countdowns ("Polls close in 02:14:36", "Deals end in 3h 12m", "Up next in 10", "closes in 4h")
            new Gated(PageWidgets::inAFigure,
                    line("[\\p{L}' ]{1,40}\\s+in\\s+(?:\\d{1,2}:\\d{2}:\\d{2}|\\d+\\s*[dh]\\s*\\d+\\s*[hm]|\\d+\\s*m\\s*\\d+\\s*s)"
                            + "|(?:up\\s+next|next\\s+video|next\\s+up|autoplay|playing\\s+next)\\s+in\\s+\\d{1,2}"
                            + "(?:\\s*s(?:ec(?:onds?)?)?)?"
                            + "|[^\\n]{0,40}?\\b(?:closes?|ends?|opens?|starts?|begins?|expires?)\\s+in\\s+\\d+\\s*(?:h|hrs?|m"
                            + "|mins?|d)\\b")),
            // a countdown in days ("Paris 2024: 142 days, 6 hours to go")
            new Gated(l -> l.contains("day") && (l.contains("to go") || l.contains("left") || l.contains("remaining")),
                    line("(?:[\\p{L}\\d' ]{1,40}:\\s*)?\\d+\\s+days?(?:,?\\s+\\d+\\s+hours?)?(?:,?\\s+\\d+\\s+min(?:ute)?s?)?"
                            + "\\s+(?:to\\s+go|left|remaining)")),
            // a live page's counts: new posts, viewers (in seven languages), a meter of free articles
            new Gated(l -> l.contains("new "), line("(?:(?:show|see|load|view)\\s+)?\\d+\\s+new\\s+(?:posts?|updates?|entries"
                    + "|comments?|stories)"
                    + "(?:\\s*[—–-]?\\s*(?:click|tap)\\s+to\\s+(?:refresh|load|see|view)(?:\\s+them)?)?")),
            new Gated(l -> l.contains("watching") || l.contains("viewers") || l.contains("listening")
                    || l.contains("online") || l.contains("assistindo") || l.contains("viendo") || l.contains("spettatori")
                    || l.contains("zuschauer") || l.contains("kijkers") || l.contains("regardent"),
                    line("(?:(?:ao\\s+vivo|en\\s+vivo|en\\s+direct|live)\\s*[•·|:-]?\\s*)?\\d[\\d,.]*\\s*(?:mil|k|m)?\\+?"
                            + "\\s*(?:watching|viewers|listening|online|assistindo|viendo|spettatori|zuschauer|kijkers"
                            + "|regardent)(?:\\s+(?:now|agora|ahora))?")),
            // a meter of free articles in six more languages ("Il vous reste 2 articles gratuits ce mois-ci.")
            new Gated(l -> l.contains("grat") || l.contains("kostenlos") || l.contains("free"),
                    line("(?:il vous reste|te quedan|le quedan|ihnen bleiben(?: noch)?|du hast noch|sie haben noch"
                            + "|ti restano|le restano|você tem|restam(?:-lhe)?|je (?:kan|kunt|hebt)(?: deze maand)? nog"
                            + "|u kunt(?: deze maand)? nog)\\s+\\d{1,2}\\s+(?:(?:gratis|kostenlose?|free)\\s+)?(?:articles?"
                            + "|artículos?|artikel(?:s|en)?|articoli|articolo|artigos?|beiträge)(?:\\s+(?:gratuits?|gratis|gratuitos?"
                            + "|kostenlose?|gratuiti|grátis|free))?"
                            + "(?:\\s+(?:\\p{L}+[-\\p{L}]*\\s*){0,4})?\\.?(?:\\s+[^.]{0,60}\\.)?")),
            new Gated(l -> l.contains("you"), line("you(?:['’]ve|\\s+have)\\s+\\d+\\s+(?:free\\s+)?(?:articles?|stories"
                    + "|reads)\\s+(?:left|remaining)(?:\\s+this\\s+(?:month|week))?")),
            new Gated(l -> hasAny(l, "★☆⭐✩"), line("[★☆⭐✩]{1,10}\\s*\\d(?:[.,]\\d)?(?:\\s*\\(?\\d[\\d,.]*\\s*k?\\+?\\s*"
                    + "(?:reviews?|ratings?|votes?)\\)?)?")),
            // a gallery's pager in other languages, with its button ("Foto 7 van 24 · Bekijk de fotoserie")
            new Gated(l -> l.contains("foto") || l.contains("bild") || l.contains("imag") || l.contains("afbeelding")
                    || l.contains("photo") || l.contains("slide"),
                    line("(?:foto|bild|imagen|immagine|imagem|afbeelding|photo|image|slide)\\s*\\d{1,3}\\s*(?:of|van|von|de"
                            + "|di|sur|/)\\s*\\d{1,3}(?:\\s*[·|•]\\s*[\\p{L} ]{1,40})?")),
            // a player's position ("Audio: 00:00 / 07:13", "Now playing 00:12 / 02:31")
            new Gated(l -> l.indexOf('/') >= 0 && l.indexOf(':') >= 0,
                    line("(?:(?:audio|video|podcast|now\\s+playing|playing|listen|watch)\\s*:?\\s*)?\\d{1,2}:\\d{2}"
                            + "(?::\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?")),
            // rank badges ("#3 Most read", "Trending #5 in India", "Meistgelesen: Platz 2")
            new Gated(l -> l.indexOf('#') >= 0 || l.contains("trending") || l.contains("most ") || l.contains("meist")
                    || l.contains("plus lus") || l.contains("leíd") || l.contains("lett") || l.contains("lidas")
                    || l.contains("gelezen"),
                    line("#\\s?\\d{1,3}\\s+(?:most\\s+(?:read|popular|viewed|shared)|trending|in\\s+[\\p{L} ]{1,30})"
                            + "|(?:trending|most\\s+(?:read|popular|viewed)|meistgelesen|les\\s+plus\\s+lus|más\\s+leíd[oa]s"
                            + "|più\\s+lett[ei]|mais\\s+lidas|meest\\s+gelezen)\\s*:?\\s*(?:#\\s?|no\\.\\s*|platz\\s*|n°\\s*)"
                            + "\\d{1,3}(?:\\s+in\\s+[\\p{L} ]{1,30})?")),
            // a currency board of two or more rates ("Dólar R$ 4,97 | Euro R$ 5,41")
            new Gated(l -> hasAny(l, "$€£¥₹"), line("(?:\\p{L}[\\p{L}./]*\\s+(?:R\\$|US\\$|A\\$|C\\$|\\$|€|£|¥|₹)"
                    + "\\s?\\d[\\d.,]*\\s*[|·•]?\\s*){2,6}")),
            // a developing story's label with its last update
            new Gated(l -> l.contains("story") || l.contains("article") || l.contains("noticia") || l.contains("meldung")
                    || l.contains("notizia") || l.contains("notícia") || l.contains("bericht"),
                    line("(?:this\\s+(?:story|article)\\s+is\\s+(?:developing|being\\s+updated)|esta\\s+noticia\\s+se"
                            + "\\s+está\\s+actualizando|cet\\s+article\\s+est\\s+en\\s+cours\\s+d['’]actualisation"
                            + "|diese\\s+meldung\\s+wird\\s+(?:laufend\\s+)?aktualisiert|questa\\s+notizia\\s+è\\s+in"
                            + "\\s+aggiornamento|esta\\s+notícia\\s+está\\s+sendo\\s+atualizada|dit\\s+bericht\\s+wordt"
                            + "\\s+bijgewerkt)\\s*\\.?\\s*(?:\\(?[\\p{L} ]{1,30}:\\s*\\d{1,2}[:.h]\\d{2}\\)?)?")));

    private static Pattern line(String alternatives) {
        return Pattern.compile("(?iu)^\\s*(?:" + alternatives + ")\\s*[.!]?\\s*$");
    }

    /** Whether " in " comes right before a figure ("in 02:14:36", "in 4h", "in 10"): a countdown may follow. */
    private static boolean inAFigure(String l) {
        for (int k = l.indexOf(" in "); k >= 0; k = l.indexOf(" in ", k + 1)) {
            if (k + 4 < l.length() && Character.isDigit(l.charAt(k + 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_WIDGET = 80;

    private PageWidgets() {
    }

    /** Whether {@code line} (one line of cleaned text) is a widget of the page. */
    static boolean is(String line) {
        if (line.length() > MAX_WIDGET) {
            return false;
        }
        if (CORE.matcher(line).matches()) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (Gated g : GATED) {
            if (g.may().test(lower) && g.pattern().matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
