package org.claimwatch.claims;

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

    /** The widget lines; see the class comment. */
    private static final Pattern WIDGET = Pattern.compile("(?iu)^\\s*(?:(?:page|step|slide|photo|image|picture|part"
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
            // a news page's own widgets: weather, a market ticker (a pair, a coin, a share with its exchange and
            // ticker), a live blog's count, a player's duration
            // (case-sensitive: under (?i) \\p{Lu} takes lower-case letters too, and "Seville hits 46°C" is news)
            + "|(?-i:(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}" + TEMPERATURE + "(?:\\s*[|/·,]?\\s*" + TEMPERATURE + "){0,3}"
            + "(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+)?){0,2})"
            + "|(?:(?-i:\\p{Lu}[\\p{L}.'-]*)\\s+){0,3}(?:air\\s+quality(?:\\s+index)?|aqi|uv(?:\\s+index)?|pollen(?:\\s+count)?)"
            + "\\s*:?\\s*\\d{1,3}\\s*[·|,-]?\\s*(?:good|moderate|fair|poor|very\\s+poor|severe|satisfactory|unhealthy"
            + "|very\\s+unhealthy|hazardous|low|high|very\\s+high|extreme)?"
            + "|(?=[^%▲▼△▽↑↓]*[%▲▼△▽↑↓])" + QUOTE + "(?:\\s+" + QUOTE + "){0,3}"
            // a live score with its match clock ("LIV 1 - 0 ARS 34'", "Bayern 2:1 Dortmund (71.)", "Yankees 3, Red
            // Sox 2 - Bot 6th"); a result without a clock may be the story's
            + "|(?-i:" + TEAM + "\\s+\\d{1,3}\\s*[-–:]\\s*\\d{1,3}\\s+" + TEAM + "\\s*(?:\\d{1,3}(?:\\+\\d{1,2})?['’]"
            + "|\\(\\d{1,3}\\.?(?:\\+\\d{1,2})?['’]?\\)))"
            + "|(?-i:" + TEAM + "\\s+\\d{1,3},\\s*" + TEAM + "\\s+\\d{1,3}\\s*[-–|]\\s*(?:Top|Bot|Bottom|Mid|End)\\s+\\d{1,2}"
            + "(?:st|nd|rd|th))"
            // a countdown ("Polls close in 02:14:36", "Deals end in 3h 12m", "Up next in 10")
            + "|[\\p{L}' ]{1,40}\\s+in\\s+(?:\\d{1,2}:\\d{2}:\\d{2}|\\d+\\s*[dh]\\s*\\d+\\s*[hm]|\\d+\\s*m\\s*\\d+\\s*s)"
            + "|(?:up\\s+next|next\\s+video|next\\s+up|autoplay|playing\\s+next)\\s+in\\s+\\d{1,2}(?:\\s*s(?:ec(?:onds?)?)?)?"
            // a live page's counts: new posts, viewers, a meter of free articles
            + "|\\d+\\s+new\\s+(?:posts?|updates?|entries|comments?|stories)(?:\\s*[—–-]?\\s*(?:click|tap)\\s+to\\s+"
            + "(?:refresh|load|see|view)(?:\\s+them)?)?"
            + "|(?:live\\s*[•·|:-]?\\s*)?\\d[\\d,.]*\\s*[km]?\\+?\\s*(?:watching|viewers|listening|online)(?:\\s+now)?"
            + "|you(?:['’]ve|\\s+have)\\s+\\d+\\s+(?:free\\s+)?(?:articles?|stories|reads)\\s+(?:left|remaining)"
            + "(?:\\s+this\\s+(?:month|week))?"
            + "|[★☆⭐✩]{1,10}\\s*\\d(?:[.,]\\d)?(?:\\s*\\(?\\d[\\d,.]*\\s*k?\\+?\\s*(?:reviews?|ratings?|votes?)\\)?)?"
            // a gallery's pager in other languages, with its button ("Foto 7 van 24 · Bekijk de fotoserie")
            + "|(?:foto|bild|imagen|immagine|imagem|afbeelding|photo|image|slide)\\s*\\d{1,3}\\s*(?:of|van|von|de|di|sur|/)"
            + "\\s*\\d{1,3}(?:\\s*[·|•]\\s*[\\p{L} ]{1,40})?"
            // a player's position ("Audio: 00:00 / 07:13", "Now playing 00:12 / 02:31")
            + "|(?:(?:audio|video|podcast|now\\s+playing|playing|listen|watch)\\s*:?\\s*)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*/\\s*"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?"
            // rank badges ("#3 Most read", "Trending #5 in India", "Meistgelesen: Platz 2")
            + "|#\\s?\\d{1,3}\\s+(?:most\\s+(?:read|popular|viewed|shared)|trending|in\\s+[\\p{L} ]{1,30})"
            + "|(?:trending|most\\s+(?:read|popular|viewed)|meistgelesen|les\\s+plus\\s+lus|más\\s+leíd[oa]s|più\\s+lett[ei]"
            + "|mais\\s+lidas|meest\\s+gelezen)\\s*:?\\s*(?:#\\s?|no\\.\\s*|platz\\s*|n°\\s*)\\d{1,3}(?:\\s+in\\s+[\\p{L} ]{1,30})?"
            // a currency board of two or more rates ("Dólar R$ 4,97 | Euro R$ 5,41")
            + "|(?:\\p{L}[\\p{L}./]*\\s+(?:R\\$|US\\$|A\\$|C\\$|\\$|€|£|¥|₹)\\s?\\d[\\d.,]*\\s*[|·•]?\\s*){2,6}"
            // live scores with a period ("COLL 8.4 (52) v CARL 6.7 (43) Q3", "IND 245/4 (42.1 ov) · CRR 5.81")
            + "|(?:\\p{L}{2,5}\\s*:\\s*)?(?-i:" + TEAM + ")\\s+\\d{1,3}\\.\\d{1,2}\\s*\\(\\d{1,3}\\)\\s+(?:v|vs)\\.?\\s+"
            + "(?-i:" + TEAM + ")\\s+\\d{1,3}\\.\\d{1,2}\\s*\\(\\d{1,3}\\)\\s*(?:Q[1-4]|HT|FT|3QT|OT)?"
            + "|(?-i:" + TEAM + ")\\s+\\d{1,3}/\\d{1,2}\\s*\\(\\d{1,2}(?:\\.\\d)?\\s*ov(?:ers)?\\)(?:\\s*[·|•]\\s*(?:CRR|RRR)\\s*:?"
            + "\\s*\\d{1,2}(?:\\.\\d{1,2})?)?"
            // a countdown in days ("Paris 2024: 142 days, 6 hours to go") or to a close ("closes in 4h")
            + "|(?:[\\p{L}\\d' ]{1,40}:\\s*)?\\d+\\s+days?(?:,?\\s+\\d+\\s+hours?)?(?:,?\\s+\\d+\\s+min(?:ute)?s?)?\\s+"
            + "(?:to\\s+go|left|remaining)"
            + "|[^\\n]{0,40}?\\b(?:closes?|ends?|opens?|starts?|begins?|expires?)\\s+in\\s+\\d+\\s*(?:h|hrs?|m|mins?|d)\\b"
            // live viewers in other languages ("Ao vivo · 12 mil assistindo")
            + "|(?:(?:ao\\s+vivo|en\\s+vivo|en\\s+direct|live)\\s*[•·|:-]?\\s*)?\\d[\\d,.]*\\s*(?:mil|k|m)?\\s*(?:assistindo"
            + "|viendo|spettatori|zuschauer|kijkers|regardent|watching)(?:\\s+(?:now|agora|ahora))?"
            // a developing story's label with its last update
            + "|(?:this\\s+(?:story|article)\\s+is\\s+(?:developing|being\\s+updated)|esta\\s+noticia\\s+se\\s+está\\s+"
            + "actualizando|cet\\s+article\\s+est\\s+en\\s+cours\\s+d['’]actualisation|diese\\s+meldung\\s+wird\\s+"
            + "(?:laufend\\s+)?aktualisiert|questa\\s+notizia\\s+è\\s+in\\s+aggiornamento|esta\\s+notícia\\s+está\\s+"
            + "sendo\\s+atualizada|dit\\s+bericht\\s+wordt\\s+bijgewerkt)\\s*\\.?\\s*(?:\\(?[\\p{L} ]{1,30}:\\s*"
            + "\\d{1,2}[:.h]\\d{2}\\)?)?"
            // a reader poll's tally
            + "|(?:(?:yes|no|agree|disagree|not sure|undecided|don['’]t know)\\s*:?\\s*\\d{1,3}(?:[.,]\\d)?\\s*%\\s*"
            + "[,|·]?\\s*){2,5}(?:\\(?\\s*\\d[\\d,]*\\s*(?:votes?|responses?)\\s*\\)?)?"
            + "|live\\s*[:|·-]?\\s*\\d+\\s*(?:new\\s+)?(?:updates?|posts?|entries)"
            + "|(?:(?:video|audio|episode)\\s+)?(?:duration|length|running time|runtime|listen|watch)\\s*:?\\s*"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "|(?:estimated\\s+)?reading time\\s*:?\\s*\\d+\\s*(?:min(?:ute)?s?|m))\\s*[.!]?\\s*$");
    private static final int MAX_WIDGET = 80;

    private PageWidgets() {
    }

    /** Whether {@code line} (one line of cleaned text) is a widget of the page. */
    static boolean is(String line) {
        return line.length() <= MAX_WIDGET && WIDGET.matcher(line).matches();
    }
}
