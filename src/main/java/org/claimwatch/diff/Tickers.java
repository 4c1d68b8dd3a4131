package org.claimwatch.diff;

import org.claimwatch.claims.Tolls;

import java.util.List;
import java.util.Locale;

/**
 * A board line that ticks between fetches: a line that is no sentence, set out as fields (a separator, a label and
 * a colon, figures in brackets), that names no toll of people or damage, and whose edit only moves its figures (a
 * score, a counter, a clock, a price board, a countdown) or, in a bar of three fields or more, rotates its items (a
 * trending bar, a ticker of headlines), a weather strip turning over ({@link WeatherLines}), and a count of the page's
 * readers or a live blog's new posts written as a sentence ({@link ReaderCounts}). The page ticking, not a
 * claim: the change stays visible as a minor one. Pure.
 */
final class Tickers {

    private static final int MAX_LINE = 160;
    private static final int MAX_LABEL = 30;
    private static final int MAX_FIELD_WORDS = 8;
    private static final String[] SEPARATORS = {"·", "|", "▸", "►", "▶", "•", "●", "💬", "▲", "▼", "△", "▽"};

    /** Counters' nouns in scripts without spaces: comments, reads, views, likes, replies. */
    private static final String[] WIDE_COUNTERS = {"コメント", "閲覧", "阅读", "评论", "点赞", "回复", "いいね", "조회", "댓글"};

    /** Nouns of a page's counters, in seven languages and two scripts: "1.847 compartilhamentos", "阅读 12.3万". */
    private static final java.util.Set<String> COUNTERS = java.util.Set.copyOf(java.util.List.of("shares", "comments", "views", "likes",
        "reactions", "reads", "compartilhamentos", "partilhas", "comentários", "visualizações", "curtidas", "partages",
        "commentaires", "vues", "compartidos", "comentarios", "vistas", "reproducciones", "geteilt", "kommentare",
        "aufrufe", "condivisioni", "commenti", "visualizzazioni", "gedeeld", "reacties", "weergaven", "阅", "读", "閲",
        "覧", "评", "论", "赞"));

    private Tickers() {
    }

    /** Whether every edit only moves figures, and none of them a day. */
    private static boolean onlyFiguresMoved(Facts a, Facts b, List<Edit> edits) {
        for (Edit e : edits) {
            if (!onlyFigures(a, e.fromA(), e.toA(), b, e.fromB(), e.toB()) || isADay(a, e.fromA(), e.toA())
                    || isADay(b, e.fromB(), e.toB())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the edit of {@code a} into {@code b} is a board line ticking. */
    static boolean ticked(Facts a, Facts b, List<Edit> edits) {
        if (a.text.length() > MAX_LINE || b.text.length() > MAX_LINE || endsASentence(a.text) || endsASentence(b.text)) {
            return false;
        }
        if (!edits.isEmpty() && isSeparated(a.text) && isSeparated(b.text) && onlyCounters(a, b, edits)) {
            return true; // "Tram crash leaves two injured · 31 comments": the headline's toll stands, its counter ticks
        }
        if (namesAToll(a.text) || namesAToll(b.text)) {
            return false;
        }
        if (!edits.isEmpty() && (ReaderCounts.is(a) && ReaderCounts.is(b)
                || ReaderCounts.isNewPosts(a) && ReaderCounts.isNewPosts(b)) && onlyFiguresMoved(a, b, edits)) {
            return true; // "1,530 people are reading this article now", "Show 4 new updates": the page's counters
        }
        if (WeatherLines.turned(a.text, b.text)) {
            return true; // a weather strip: its reading and its sky both turned over
        }
        if (isBar(a.text) && isBar(b.text)) {
            return true; // a bar of three fields or more rotates its items
        }
        boolean separated = isSeparated(a.text) && isSeparated(b.text);
        boolean labelled = isLabelled(a.text) && isLabelled(b.text);
        boolean times = true;
        boolean clocks = true;
        boolean bracketed = true;
        for (Edit e : edits) {
            if (!onlyFigures(a, e.fromA(), e.toA(), b, e.fromB(), e.toB()) || isADay(a, e.fromA(), e.toA())
                    || isADay(b, e.fromB(), e.toB())) {
                return false; // a date moved ("had on Jan. 6" -> "Jan. 8") is news, whatever the line's shape
            }
            times &= isTime(a, e.fromA(), e.toA(), false) && isTime(b, e.fromB(), e.toB(), false);
            clocks &= isTime(a, e.fromA(), e.toA(), true) && isTime(b, e.fromB(), e.toB(), true);
            bracketed &= inBrackets(a, e.fromA(), e.toA()) && inBrackets(b, e.fromB(), e.toB());
        }
        if (edits.isEmpty()) {
            return false;
        }
        // a clock or a countdown of two units ticks in any line; one duration ("90 minutes") only in a field
        boolean ticking = times && (clocks || durations(a) >= 2 || durations(b) >= 2);
        // a label's figure is a fact ("Turnout: 61 percent", "Filing deadline: March 3") unless it is the time
        return separated || bracketed || ticking || labelled && (times || saysLive(a.text)) || isCounter(a) && isCounter(b)
                || isCodeBoard(a) && isCodeBoard(b) || isQuote(a) && isQuote(b);
    }

    /** Words a quote line's name and unit may have ("Hang Seng", "CAC 40 … pts"). */
    private static final int QUOTE_WORDS = 3;
    /** Signs of a market's move: plus, the hyphen and the minus sign, the arrows. */
    private static final String MOVE_SIGNS = "+-−–▲▼△▽";

    /**
     * A market's quote line: a name of at most {@value #QUOTE_WORDS} words, a level (a figure without a sign) and a
     * move (a figure right after a sign, set apart from the words: "+0,62 %", "−163.42", "▲ 212.40"). No sentence,
     * no toll (the caller asks); only its figures moved.
     */
    private static boolean isQuote(Facts f) {
        int words = 0;
        int levels = 0;
        int moves = 0;
        for (Token t : f.tokens) {
            if (!t.number()) {
                if (++words > QUOTE_WORDS) {
                    return false;
                }
                continue;
            }
            int k = t.start() - 1;
            while (k >= 0 && f.text.charAt(k) == ' ') {
                k--;
            }
            boolean signed = k >= 0 && MOVE_SIGNS.indexOf(f.text.charAt(k)) >= 0
                    && (k == 0 || Character.isWhitespace(f.text.charAt(k - 1)));
            if (signed) {
                moves++;
            } else {
                levels++;
            }
        }
        return moves >= 1 && levels >= 1;
    }

    private static boolean endsASentence(String text) {
        String t = text.strip();
        if (t.length() <= 30 && t.indexOf(": ") > 0 && t.matches(".*\\d\\.")) {
            return false; // a label and an ordinal ("Meistgelesen: 4."), cut from its headline by the splitter
        }
        return !t.isEmpty() && ".!?。！？".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith(".)");
    }

    private static boolean namesAToll(String text) {
        return Tolls.named(text);
    }

    /**
     * Whether a figure of tokens {@code [from, to)} is a day beside its month ("Jan. 6", "6 janvier") inside a field
     * that says more than the date: a masthead's date alone in its field ("Friday, 7 March 2025 | Today's paper")
     * ticks with the day.
     */
    private static boolean isADay(Facts f, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean dayName = Lexicon.DATES.contains(f.tokens.get(k).norm()) || MONTHS.contains(f.tokens.get(k).norm());
            if (dayName && !aloneInItsField(f, k)) {
                return true;
            }
            if (f.tokens.get(k).number() && !aloneInItsField(f, k) && (k > 0 && Lexicon.DATES.contains(f.tokens.get(k - 1).norm())
                    || k + 1 < f.tokens.size() && Lexicon.DATES.contains(f.tokens.get(k + 1).norm())
                    || k > 0 && MONTHS.contains(f.tokens.get(k - 1).norm())
                    || k + 1 < f.tokens.size() && MONTHS.contains(f.tokens.get(k + 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} sits in a field of six tokens or fewer between separators (or the line's ends). */
    private static boolean aloneInItsField(Facts f, int k) {
        if (!isSeparated(f.text)) {
            return false;
        }
        int at = f.tokens.get(k).start();
        int from = 0;
        int to = f.text.length();
        for (String sep : SEPARATORS) {
            int before = f.text.lastIndexOf(sep, at);
            int after = f.text.indexOf(sep, at);
            from = Math.max(from, before < 0 ? 0 : before + sep.length());
            to = after < 0 ? to : Math.min(to, after);
        }
        int n = 0;
        for (Token t : f.tokens) {
            if (t.start() >= from && t.end() <= to) {
                n++;
            }
        }
        return n <= 6;
    }

    /** Months in six more languages (English ones are in {@link Lexicon#DATES}). */
    private static final java.util.Set<String> MONTHS = java.util.Set.copyOf(java.util.List.of("januar", "februar", "märz", "mai", "juni",
        "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno",
        "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
        "setembro", "outubro", "dezembro", "januari", "februari", "maart", "mei", "augustus"));

    /** A separator between fields or a market's arrow (not a bullet before the first field). */
    private static boolean isSeparated(String text) {
        String t = text.strip();
        for (String sep : SEPARATORS) {
            if (t.indexOf(sep, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A short label before a colon ("Stand: 14.03.2025 10:42", "I-95 NB: 22 min delay"). */
    private static boolean isLabelled(String text) {
        int colon = text.indexOf(": ");
        return colon > 0 && colon <= MAX_LABEL && !Character.isDigit(text.charAt(colon - 1));
    }

    /** Whether the label says the figures are live ("Serie A live:", "En vivo:", "Liveticker:"). */
    private static boolean saysLive(String text) {
        String label = text.substring(0, text.indexOf(": ")).toLowerCase(Locale.ROOT);
        return LIVE.matcher(label).find();
    }

    private static final java.util.regex.Pattern LIVE = java.util.regex.Pattern.compile(
            "\\b(?:live|en vivo|en directo|en direct|ao vivo|in diretta|liveticker|live-ticker"
            // labels of boards that tick by nature: ranks, traffic, jackpots
            + "|most read|most popular|meistgelesen|les plus lus|más leídas|más leídos|più letti|mais lidas|meest gelezen"
            + "|trending|traffic|verkeer|stau|verkehr|trafic|bouchons|tráfico|traffico|trânsito|file|jackpot|bote|cagnotte"
            + "|montepremi|prêmio|pot)\\b");

    /**
     * Whether every figure of tokens {@code [from, to)} tells a time of day or a duration: a clock ("10:42", "14h05",
     * "14 h 05") or, unless {@code clocksOnly}, a figure with a unit of time ("22 min", "2h", "13m").
     */
    private static boolean isTime(Facts f, int from, int to, boolean clocksOnly) {
        for (int k = from; k < to; k++) {
            Token t = f.tokens.get(k);
            if (!t.number()) {
                continue;
            }
            String n = t.norm();
            boolean clock = n.indexOf(':') > 0 || n.matches("\\d{1,2}h\\d{2}")
                    || k > 1 && f.tokens.get(k - 1).norm().equals("h") && f.tokens.get(k - 2).number()
                    || k + 2 < f.tokens.size() && f.tokens.get(k + 1).norm().equals("h") && f.tokens.get(k + 2).number();
            if (!clock && (clocksOnly || !hasTimeUnit(f, k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasTimeUnit(Facts f, int k) {
        return f.tokens.get(k).norm().matches("\\d+(?:h|m|s|d|min|mins|hrs?)")
                || k + 1 < f.tokens.size() && TIME_UNITS.contains(f.tokens.get(k + 1).norm());
    }

    /** How many figures of the line carry a unit of time: "3 d 04 h 12 min" has three, a countdown's chain. */
    private static int durations(Facts f) {
        int n = 0;
        for (int k = 0; k < f.tokens.size(); k++) {
            if (f.tokens.get(k).number() && hasTimeUnit(f, k)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether every changed figure is a counter's, its noun right after it ("31 comments"), and only figures changed.
     */
    private static boolean onlyCounters(Facts a, Facts b, List<Edit> edits) {
        for (Edit e : edits) {
            if (!onlyFigures(a, e.fromA(), e.toA(), b, e.fromB(), e.toB()) || !counted(a, e.fromA(), e.toA())
                    || !counted(b, e.fromB(), e.toB())) {
                return false;
            }
        }
        return true;
    }

    private static boolean counted(Facts f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (f.tokens.get(k).number() && (k + 1 >= f.tokens.size() || !COUNTERS.contains(f.tokens.get(k + 1).norm()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A scoreboard of codes: at most twelve tokens, each a figure, a clock or a code of two to four capitals ("NBA  LAL
     * 88  DEN 90  4th 03:12"), two codes at least.
     */
    private static boolean isCodeBoard(Facts f) {
        if (f.tokens.size() > 12) {
            return false;
        }
        int codes = 0;
        for (Token t : f.tokens) {
            String raw = t.text();
            if (raw.length() >= 2 && raw.length() <= 4 && raw.chars().allMatch(Character::isUpperCase)) {
                codes++;
            } else if (!t.number()) {
                return false;
            }
        }
        return codes >= 2;
    }

    /** A counter alone: at most six tokens, one of them a counter's noun ("1.847 compartilhamentos", "阅读 12.3万"). */
    private static boolean isCounter(Facts f) {
        if (f.text.length() <= 20) {
            for (String w : WIDE_COUNTERS) {
                if (f.text.contains(w)) {
                    return true;
                }
            }
        }
        if (f.tokens.size() > 6) {
            return false;
        }
        for (Token t : f.tokens) {
            if (COUNTERS.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TIME_UNITS = java.util.Set.copyOf(java.util.List.of("h", "m", "s", "min", "mins", "minute",
        "minutes", "hr", "hrs", "hour", "hours", "sec", "secs", "uhr", "heures", "horas", "ore", "uur", "minuten",
        "minutos", "minuti", "stunden", "d", "days", "day", "dias", "días", "jours", "tage", "giorni", "dagen"));

    /** Three fields or more between one kind of separator, none longer than a headline's words. */
    private static boolean isBar(String text) {
        for (String sep : SEPARATORS) {
            String[] fields = text.split(java.util.regex.Pattern.quote(sep));
            if (fields.length >= 3) {
                boolean short_ = true;
                for (String f : fields) {
                    short_ &= !f.isBlank() && f.strip().split("\\s+").length <= MAX_FIELD_WORDS;
                }
                if (short_) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words removed and inserted are figures, or a unit that follows its figure into the singular or the
     * plural ("2 hours" → "1 hour", "2 articles gratuits" → "1 article gratuit").
     */
    private static boolean onlyFigures(Facts a, int fromA, int toA, Facts b, int fromB, int toB) {
        StringBuilder wordsA = new StringBuilder();
        StringBuilder wordsB = new StringBuilder();
        boolean weather = a.text.indexOf('°') >= 0 && b.text.indexOf('°') >= 0;
        for (int k = fromA; k < toA; k++) {
            if (!figureLike(a.tokens.get(k)) && !(weather && WEATHER.contains(a.tokens.get(k).norm()))) {
                wordsA.append(singular(a.tokens.get(k).norm())).append(' ');
            }
        }
        for (int k = fromB; k < toB; k++) {
            if (!figureLike(b.tokens.get(k)) && !(weather && WEATHER.contains(b.tokens.get(k).norm()))) {
                wordsB.append(singular(b.tokens.get(k).norm())).append(' ');
            }
        }
        return wordsA.toString().equals(wordsB.toString());
    }

    /** A figure, a unit of time, or a day's or month's name (a date's words tick with its figures). */
    private static boolean figureLike(Token t) {
        return t.number() || TIME_UNITS.contains(t.norm()) || Lexicon.DATES.contains(t.norm())
                || MONTHS.contains(t.norm());
    }

    /** Words of the weather, in seven languages: beside a temperature they tick with it ("Light rain" -> "Showers"). */
    private static final java.util.Set<String> WEATHER = java.util.Set.copyOf(java.util.List.of("light", "heavy", "rain", "showers", "shower",
        "sunny", "sun", "intervals", "cloudy", "clouds", "partly", "mostly", "clear", "overcast", "fog", "mist", "snow",
        "sleet", "hail", "drizzle", "thunder", "thunderstorms", "storms", "windy", "breezy", "fair", "haze", "smoke",
        "pluie", "averses", "ensoleillé", "nuageux", "couvert", "brouillard", "neige", "légère", "éclaircies", "lluvia",
        "soleado", "nublado", "despejado", "niebla", "nieve", "chubascos", "regen", "sonnig", "bewölkt", "wolkig",
        "heiter", "nebel", "schnee", "schauer", "pioggia", "soleggiato", "nuvoloso", "sereno", "nebbia", "neve",
        "chuva", "ensolarado", "nublado", "neblina", "regenbuien", "zonnig", "bewolkt", "mist", "sneeuw", "motregen"));

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Whether tokens {@code [from, to)} sit inside brackets: a counter after a headline ("(412 comments)"). */
    private static boolean inBrackets(Facts f, int from, int to) {
        if (from >= to) {
            return false;
        }
        int open = f.text.lastIndexOf('(', f.tokens.get(from).start());
        int close = f.text.indexOf(')', f.tokens.get(to - 1).end());
        return open >= 0 && close >= 0 && f.text.lastIndexOf(')', f.tokens.get(from).start()) < open;
    }
}
