package org.claimwatch.claims;

import org.claimwatch.calendar.DateLine;
import org.claimwatch.calendar.RelativeTimes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are page metadata rather than prose: what is left of them once dates, times, relative times ("7 days
 * ago") and counters ("12 comments", "1.2K views", "4 min read") are taken out is nothing, or only names and the
 * words of bylines and datelines ("By", "Updated", "Share", "On behalf of", "|"). Such a line changes between two
 * fetches of an unchanged article and states nothing: it is never a claim and never alerts (issue 15). A line with
 * one lower-case word outside that vocabulary ("The hearing was held on October 20, 2025.") is prose and stays
 * news. A line of a reference list with a journal's volume(issue):pages is metadata too. Also {@link #ACCESS_DATE}: the access date of a reference ("Accessed April 14, 2025"). Pure, thread-safe.
 */
public final class MetaLines {

    /**
     * Month names of the languages of the feeds editors follow: English, German, French, Spanish, Italian,
     * Portuguese and Dutch (longer forms first, so that "marzo" is not read as "mar" and a stray "zo").
     */
    private static final String FOREIGN_MONTH = "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
            + "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
            + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
            + "|januari|februari|maart|mei|augustus";
    private static final String MONTH = "(?:" + FOREIGN_MONTH + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
            + "|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th|\\.)?";
    private static final String YEAR = "\\d{4}";
    /** A calendar date in words or digits, with an optional weekday before it. */
    static final String DATE = "(?:" + WEEKDAY + "\\.?,?\\s+)?(?:"
            + MONTH + "\\.?\\s+" + DAY + "(?:,?\\s*" + YEAR + ")?(?!\\d)"
            + "|" + DAY + "\\s+(?:de\\s+)?" + MONTH + "\\.?(?:,?\\s*(?:de\\s+)?" + YEAR + ")?(?!\\d)"
            + "|" + MONTH + "\\.?\\s+" + YEAR + "(?!\\d)"
            + "|" + YEAR + "-\\d{1,2}-\\d{1,2}(?!\\d)"
            + "|\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})(?!\\d))";
    private static final String TIME = "(?:(?:at\\s+)?\\d{1,2}(?::\\d{1,2}|[.h]\\d{2})(?![\\d%])\\s*(?:[ap]\\.?m\\.?|uhr)?"
            + "|\\d{1,2}\\s*[ap]\\.?m\\.?(?![\\p{L}]))(?:\\s*(?:gmt|utc|bst|cet|cest|edt|est|et|pt|pdt|pst|ist|ast|cst|cdt))?";
    private static final String RELATIVE = "(?:(?:\\d+|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?"
            + "|weeks?|months?|years?|yrs?)\\s+ago|\\d+\\s*[smhdw]\\s+ago|just\\s+now|yesterday|today"
            // the same in French, Spanish, Portuguese, German, Italian and Dutch
            + "|(?:il\\s+y\\s+a|hace|há|vor)\\s+(?:\\d+|une?|una?|einer?|einem)\\s*(?:(?:min\\.?|h|hs|hrs?|std\\.?|j|d)(?![\\p{L}])"
            + "|secondes?|minutes?|heures?|jours?"
            + "|semaines?|mois|ans?|segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|mês|años?|anos?|sekunden"
            + "|minuten|minute|stunden|stunde|tagen|tag|wochen|woche|monaten|monat|jahren|jahr)"
            + "|\\d+\\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|mesi|anni)\\s+fa"
            + "|\\d+\\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|jaar)\\s+geleden"
            + "|(?<=[·•|]\\s?)\\d{1,2}\\s?[smhdw](?![\\p{L}\\d]))";
    private static final String COUNTER = "(?:(?:share|partager|teilen|compartir|condividi|compartilhar|delen|tweet(?:er)?"
            + "|gostei|curtir|j['’]aime|me\\s+gusta|mi\\s+piace|like|likes)\\s*\\(\\s*\\d[\\d.,]*\\s*[km]?\\s*\\)"
            + "|\\d[\\d,.]*\\s*(?:[kml]|cr|mil|mio|mln|tsd)?\\+?\\s*(?:comments?|views?|shares?|likes?|reads?"
            + "|visualizaciones|reproducciones|visualizações|visualizzazioni|weergaven|aufrufe|vues"
            + "|followers?|subscribers?|replies|reply|responses?|reactions?|votes?|ratings?|reviews?|claps?"
            + "|min(?:ute)?s?\\s+read|minutes?\\s+to\\s+read"
            + "|min(?:\\.|utes?|utos?|uti)?\\s+(?:lesezeit|de\\s+lecture|de\\s+lectura|di\\s+lettura|de\\s+leitura|leestijd))"
            + "|(?:lectura|lettura|leitura)\\s+de\\s+\\d+\\s*min(?:\\.|utos?|uti)?(?![\\p{L}])"
            + "|(?:comments?|shares?|views?|likes?|replies|votes?|kommentare|commentaires?|comentarios?|commenti"
            + "|reacties|comentários|aufrufe|vues|visualizzazioni|weergaven|visualizações|visitas)"
            + "\\s*(?::\\s*|\\(\\s*)?\\d[\\d,.]*\\s*[km]?\\)?(?![\\d\\p{L}])"
            + "|\\d[\\d,.]*\\s*[km]?\\s+(?:kommentare|commentaires|comentarios|commenti|reacties|comentários|aufrufe|vues"
            + "|visualizzazioni|weergaven|visualizações|visitas)(?![\\p{L}])"
            + "|(?:heard|viewed|read|played|watched|seen|listened\\s+to|shared|downloaded|visto|vista|gesehen|vu|vue"
            + "|visualizzato|bekeken)\\s+\\d[\\d,.]*\\s*[km]?\\s+(?:times|veces|mal|fois|volte|keer|vezes)"
            + "|(?:lesezeit|temps\\s+de\\s+lecture|tiempo\\s+de\\s+lectura|tempo\\s+di\\s+lettura|tempo\\s+de\\s+leitura"
            + "|leestijd|reading\\s+time)\\s*:?\\s*\\d+\\s*(?:min(?:uten|utes?|utos?|uti|\\.)?)(?![\\p{L}]))";
    /** The expressions a metadata line is made of. */
    private static final Pattern VOLATILE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + DATE + "|" + TIME + "|"
            + RELATIVE + "|" + COUNTER + ")");
    /** The access date of a reference: "Accessed April 14, 2025", "consulted on 5 March 2021", "[accessed 2019-06-18]". */
    public static final Pattern ACCESS_DATE = Pattern.compile("(?iu)[\\[(]?\\b(?:accessed|consulted|retrieved|viewed"
            + "|last\\s+checked)\\s*(?:on\\s*)?:?\\s*" + DATE + "[\\])]?");
    /** An embedded post's signature: "— Name (@handle) October 16, 2024". */
    private static final Pattern SIGNATURE = Pattern.compile("(?iu)^\\s*[—–-]\\s*[^\\n]{1,60}\\(@\\w{1,30}\\)\\s*"
            + DATE + "\\s*$");
    /** A journal reference's volume(issue):pages ("2019 Feb 1;61(1):33-40"): a line of a reference list. */
    private static final Pattern CITATION = Pattern.compile("(?<![\\p{L}\\d])\\d{1,4}\\s*\\(\\s*[\\w-]{1,8}\\s*\\)\\s*:"
            + "\\s*[A-Za-z]?\\d+(?:\\s*[-–]\\s*[A-Za-z]?\\d+)?(?!\\d)");
    private static final int MAX_CITATION = 400;
    /**
     * A sentence about the page itself, not the news: when this article was written, reviewed or updated ("This
     * article was last updated on December 5, 2025.", "This story was originally published on March 3."), or how
     * many read it now ("12 people are reading this now").
     */
    private static final Pattern ABOUT_PAGE = Pattern.compile("(?iu)^\\s*(?:this\\s+(?:article|story|page|post|piece|guide"
            + "|review|report|content|information|explainer|feature)\\s+(?:was|has\\s+been|is|were)\\s+(?:last\\s+|originally\\s+"
            + "|first\\s+|most\\s+recently\\s+|medically\\s+)?(?:updated|reviewed|modified|edited|published|fact-checked"
            + "|checked|verified|posted|written|revised)\\s+(?:on\\s+|at\\s+)?(?:" + DATE + ")(?:,?\\s*(?:at\\s+)?" + TIME + ")?"
            + "|\\d[\\d,.]*\\s*[km]?\\+?\\s+(?:people|readers|others|users|visitors)\\s+(?:are\\s+)?(?:reading|viewing|watching)"
            + "(?:\\s+(?:this|it))?(?:\\s+(?:right\\s+)?now)?)\\s*[.!]?\\s*$");
    /** One or more dates and times in a row ("March 3, 2024, 5:00 p.m. ET"). */
    private static final String WHEN = "(?:" + DATE + "|" + TIME + ")(?:\\s*,?\\s*(?:" + DATE + "|" + TIME + "))*";
    /**
     * A stamp of the page's own data, counts or results: "Prices last checked on March 3, 2024", "Rates accurate as
     * of 5 March 2024.", "Data as of March 3, 2024, 5:00 p.m. ET", "This page has been viewed 1,234 times.",
     * "Showing 1–20 of 345 results", "Today is Tuesday, March 5", "Time to read: 4 minutes". Only a date, a time or
     * a count follows the stamp's words: "Data as of March 3 show 4,100 cases" is news.
     */
    private static final int MAX_STAMP = 80;
    private static final Pattern STAMP = Pattern.compile("(?iu)^\\s*(?:(?:rates?|prices?|data|figures|information"
            + "|quotes?|availability|odds)\\s+(?:(?:are|is|were|was)\\s+)?(?:accurate\\s+|correct\\s+|current\\s+"
            + "|valid\\s+)?(?:as\\s+(?:of|at)|(?:last\\s+)?(?:checked|updated|verified)(?:\\s+(?:on|at))?)\\s+(?:" + WHEN
            + "|" + RELATIVE + ")|last\\s+checked\\s*:?\\s*(?:" + WHEN + "|" + RELATIVE + ")"
            + "|this\\s+(?:page|article|story|post)\\s+has\\s+been\\s+(?:viewed|read|shared)\\s+\\d[\\d,.]*\\s*[km]?\\s+times"
            + "|(?:showing\\s+\\d[\\d,]*\\s*(?:[–-]\\s*\\d[\\d,]*\\s+)?of\\s+)?\\d[\\d,]*\\s+(?:results?|matches|listings"
            + "|updates|posts|entries|comments|items)"
            + "|today\\s+is\\s+" + WHEN
            + "|(?:estimated\\s+)?(?:time\\s+to\\s+read|read\\s+time)\\s*:?\\s*\\d+\\s*(?:min(?:ute)?s?|m))\\s*[.!]?\\s*$");
    /** A span of time ("October 2, 2025 – February 15, 2026", "23 May – 28 September"): an event's dates, content. */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + DATE + "|" + MONTH + "|\\d{1,2})\\s*"
            + "(?:[–—-]|\\bto\\b|\\buntil\\b|\\bthrough\\b|\\btill\\b)\\s*(?:" + DATE + "|" + MONTH + "\\b)");
    /** A labelled fact ("Deadline: March 3, 2024", "Election Day: Nov. 5"): a label word before a colon. */
    private static final Pattern LABEL = Pattern.compile("([\\p{L}][\\p{L}'’-]*)\\s*:");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Lower-case words of bylines, datelines and share bars. */
    private static final Set<String> META = Set.of("by", "on", "of", "at", "in", "and", "the", "for", "from", "with",
            "updated", "update", "published", "posted", "modified", "written", "reviewed", "edited", "fact-checked",
            "checked", "fact", "share", "comments", "comment", "views", "read", "min", "last", "am", "pm", "behalf",
            "ago", "now", "just", "today", "yesterday", "originally", "first", "medically", "staff", "writer",
            "editor", "reporter", "contributor", "correspondent", "date", "time", "shares", "likes", "votes", "replies",
            // the same words of datelines in German, French, Spanish, Italian, Portuguese and Dutch
            "aktualisiert", "veröffentlicht", "um", "von", "publié", "publiée", "mis", "jour", "le", "la", "à", "par",
            "actualizado", "actualizada", "publicado", "publicada", "el", "de", "a", "las", "por", "pubblicato",
            "aggiornato", "il", "alle", "di", "da", "bijgewerkt", "gepubliceerd", "op", "om", "door", "atualizado",
            "atualizada", "em", "às",
            // labels of counters and reading times in those languages ("Kommentare: 58", "Lesezeit: 4 Minuten")
            "kommentare", "commentaires", "comentarios", "commenti", "reacties", "comentários", "lesezeit",
            "leestijd", "lecture", "lectura", "lettura", "leitura",
            // datelines and live labels in those languages ("modifica il", "Dernière mise à jour", "Key event")
            "modifica", "modificato", "ultima", "última", "dernière", "actualización", "aggiornamento",
            "atualização", "laatste", "mise", "key", "event", "events", "tweeter", "envoyer", "partager", "teilen",
            "compartir", "condividi", "compartilhar", "delen", "ov", "crr", "rrr", "v", "vs");
    private static final int MAX_WORDS = 12;
    /**
     * Every lower-case word that {@link #VOLATILE} can take out of a line (months, weekdays, time zones, time units,
     * counters and their joiners): a lower-case word outside this set and {@link #META} survives it, so the line is
     * prose, found without running the expensive patterns (the diff and the claims run this on every sentence).
     */
    private static final Set<String> VOLATILE_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march",
            "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "sepember", "september",
            "oct", "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "at",
            "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "edt", "est", "et", "pt", "pdt",
            "pst", "ist", "ast", "cst", "cdt", "a", "an", "one", "second", "seconds", "sec", "secs", "minute", "minutes",
            "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
            "years", "yr", "yrs", "ago", "just", "now", "yesterday", "today", "k", "m", "comment", "comments", "view",
            "views", "share", "shares", "like", "likes", "read", "reads", "follower", "followers", "subscriber",
            "subscribers", "replies", "reply", "response", "responses", "reaction", "reactions", "vote", "votes",
            "rating", "ratings", "review", "reviews", "clap", "claps", "to", "st", "nd", "rd", "th", "uhr", "h", "s", "d",
            "w", "lesezeit", "lecture", "lectura", "lettura", "leitura", "leestijd", "minutos", "minuto", "minuti",
            "de", "di", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno",
            "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
            "setembro", "outubro", "dezembro", "januari", "februari", "maart", "mei", "augustus",
            // relative times, counters and reading times in the other languages
            "il", "y", "hace", "há", "vor", "fa", "geleden", "une", "un", "una", "uno", "einer", "einem", "secondes",
            "seconde", "heures", "heure", "jours", "semaines", "semaine", "mois", "ans", "segundos", "segundo",
            "horas", "hora", "días", "día", "dias", "dia", "semanas", "semana", "meses", "mes", "mês", "años", "año",
            "anos", "ano", "sekunden", "minuten", "stunden", "stunde", "tagen", "tag", "wochen", "woche", "monaten",
            "monat", "jahren", "jahr", "secondi", "ore", "ora", "giorni", "giorno", "settimane", "mesi", "anni",
            "seconden", "minuut", "uur", "dagen", "dag", "weken", "maanden", "jaar", "commentaires", "commentaire",
            "comentarios", "comentario", "commenti", "reacties", "comentários", "aufrufe", "vues",
            "visualizzazioni", "weergaven", "visualizações", "visitas", "heard", "viewed", "played", "watched", "seen",
            "listened", "shared", "downloaded", "visto", "vista", "gesehen", "vu", "vue", "visualizzato", "bekeken",
            "times", "veces", "mal", "fois", "volte", "keer", "vezes", "temps", "tiempo", "tempo", "reading",
            "visualizaciones", "reproducciones", "hs", "std");

    private MetaLines() {
    }

    /** True when {@code line} (one sentence or line of cleaned text) is page metadata, not prose. */
    public static boolean is(String line) {
        if (line.length() <= MAX_CITATION && line.indexOf('(') >= 0 && CITATION.matcher(line).find()) {
            return true;
        }
        if (line.length() <= DateLine.MAX && DateLine.is(line)) {
            return true; // a masthead's or dateline's date, in any language (the patterns below know seven)
        }
        if (line.length() <= RelativeTimes.MAX && RelativeTimes.isStamp(line)) {
            return true; // "Обновлено 12 минут назад": a stamp of when the page changed, in any language
        }
        if (line.length() > 160 || !hasDigitOrTimeWord(line)) {
            return false;
        }
        if (line.contains("(@") && SIGNATURE.matcher(line).matches()) {
            return true;
        }
        if (line.length() <= 120 && mayBeAboutPage(line) && ABOUT_PAGE.matcher(line).matches()) {
            return true;
        }
        if (PageWidgets.is(line)) {
            return true;
        }
        if (line.length() <= MAX_STAMP && STAMP.matcher(line).matches()) {
            return true;
        }
        if (hasProseWord(line)) {
            return false;
        }
        if (RANGE.matcher(line).find()) {
            return false;
        }
        Matcher label = LABEL.matcher(line);
        while (label.find()) {
            if (!META.contains(label.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        Matcher m = VOLATILE.matcher(line);
        StringBuilder rest = new StringBuilder(line.length());
        int at = 0;
        int found = 0;
        while (m.find()) {
            rest.append(line, at, m.start()).append(' ');
            at = m.end();
            found++;
        }
        if (found == 0) {
            return false;
        }
        rest.append(line, at, line.length());
        Matcher w = WORD.matcher(rest);
        int words = 0;
        while (w.find()) {
            String word = w.group();
            words++;
            if (words > MAX_WORDS || Character.isDigit(word.charAt(0)) && !isYear(word)) {
                return false;
            }
            if (Character.isDigit(word.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) && !META.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A year alone ("2011", "2011."), as a reference's entry leaves it beside a date. */
    private static boolean isYear(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    /**
     * False when {@link #ABOUT_PAGE} cannot match: after the opening white space ({@code \s}) it needs a digit or
     * "this", which plain ASCII shows as it is (beyond ASCII, case folding has more pairs and the pattern decides).
     */
    private static boolean mayBeAboutPage(String line) {
        int k = 0;
        while (k < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        if (k < line.length() && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
            return true;
        }
        for (int i = k; i < Math.min(line.length(), k + 4); i++) {
            if (line.charAt(i) >= 0x80) {
                return true;
            }
        }
        return line.regionMatches(true, k, "this", 0, 4);
    }

    /** A lower-case word (as {@link #WORD} splits them) that neither {@link #VOLATILE} nor {@link #META} accounts for. */
    private static boolean hasProseWord(String line) {
        int n = line.length();
        int k = 0;
        while (k < n) {
            char c = line.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                k++;
                continue;
            }
            int start = k++;
            while (k < n) {
                char d = line.charAt(k);
                if (Character.isLetterOrDigit(d) || d == '\'' || d == '’' || d == '.' || d == '-') {
                    k++;
                } else {
                    break;
                }
            }
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                String word = line.substring(start, k).toLowerCase(Locale.ROOT);
                String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
                if (!META.contains(word) && !META.contains(bare) && !VOLATILE_WORDS.contains(word)
                        && !VOLATILE_WORDS.contains(bare)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigitOrTimeWord(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (Character.isDigit(line.charAt(k))) {
                return true;
            }
        }
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("now") || l.contains("yesterday") || l.contains("today") || l.contains("ago");
    }
}
