package org.claimwatch.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that exclude one another (before/after, north/south, all/some, first/second, centimetres/inches, a month/a
 * year, murder/manslaughter, rose/fell, in seven languages), and the noun a figure counts: one replaced by another
 * member of its class, or the noun right after a figure replaced ("Twelve police officers" became "Twelve
 * protesters"), changes the claim while the words look alike. Such a rewording alerts. Pure.
 */
final class Contrasts {

    private static final String[][] CLASSES = {
        {"before", "after", "during", "until", "since"},
        {"earlier", "later"},
        {"from", "to"},
        {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
            "eastern", "western", "nord", "sud", "ovest", "norte", "sur", "este", "oeste", "ouest", "norden", "süden",
            "osten", "westen", "nördlich", "südlich", "östlich", "westlich", "noord", "zuid", "oost", "leste", "sul"},
        {"all", "some", "most", "few", "none", "many", "several", "half", "tutti", "tutte", "alcuni", "alcune",
            "nessuno", "pochi", "maggior", "maggioranza", "todos", "todas", "algunos", "algunas", "ningún", "ninguno",
            "mayoría", "tous", "toutes", "quelques", "certains", "certaines", "aucun", "aucune", "plupart", "alle",
            "einige", "meisten", "wenige", "keine", "alguns", "algumas", "nenhum", "maioria", "meeste", "sommige",
            "enkele", "weinig"},
        {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
            "primeiro", "segundo", "terceiro", "quarto", "quinto", "primero", "tercero", "cuarto", "premier",
            "première", "deuxième", "troisième", "quatrième", "cinquième", "primo", "secondo", "terzo", "quinto",
            "erster", "erste", "zweiter", "zweite", "dritter", "dritte", "vierter", "vierte", "fünfter", "fünfte",
            "eerste", "tweede", "derde", "vierde", "vijfde"},
        {"third", "quarter", "half", "fifth"},
        {"centimetres", "centimeters", "inches", "metres", "meters", "feet", "kilometres", "kilometers", "miles",
            "kilograms", "kilos", "pounds", "tonnes", "tons", "litres", "liters", "gallons"},
        {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "giorno", "giorni",
            "settimana", "settimane", "mese", "mesi", "anno", "anni", "ora", "ore", "día", "días", "semana", "semanas",
            "mes", "meses", "año", "años", "hora", "horas", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
            "année", "années", "heure", "heures", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate",
            "monaten", "jahr", "jahre", "jahren", "stunde", "stunden", "dia", "dias", "ano", "anos", "dag", "dagen",
            "week", "weken", "maand", "maanden", "jaar", "jaren", "uur"},
        {"daily", "weekly", "monthly", "yearly", "annually", "annual"},
        {"murder", "manslaughter", "assault", "theft", "fraud", "homicide", "suicide", "accident", "accidental",
            "dangerous", "careless", "reckless"},
        {"guilty", "contest", "innocent"},
        {"driver", "passenger", "pedestrian", "cyclist", "rider", "pilot", "bystander", "witness"},
        {"delito", "delitos"}, {"charge", "charges"}, {"count", "counts"}, {"persona", "personas"},
        {"pessoa", "pessoas"}, {"personne", "personnes"}, {"murió", "murieron"}, {"morreu", "morreram"},
        {"dangerous", "careless", "reckless", "drunk", "impaired"},
        {"climbed", "dropped", "rose", "fell", "jumped", "slumped", "surged", "plunged", "gained", "lost", "slid",
            "soared", "tumbled", "sank", "stieg", "sank", "fiel", "elevou", "reduziu", "subió", "bajó", "cayó",
            "augmenté", "baissé", "aumentato", "diminuito", "gestegen", "gesunken", "grew", "shrank", "expanded",
            "contracted", "declined", "recuou", "subiu", "caiu", "cresceu", "diminuiu", "aumentou", "creció",
            "aumentó", "disminuyó", "retrocedió", "reculé", "progressé", "wuchs", "schrumpfte", "cresciuto", "calato",
            "salito", "sceso", "steeg", "daalde", "groeide", "kromp"},
        {"raised", "cut", "lowered", "hiked", "reduced", "increased", "decreased"},
        {"won", "lost", "drew", "defeated", "beat"},
        {"more", "less", "fewer", "plus", "moins", "mehr", "weniger", "más", "menos", "più", "meno", "mais", "meer",
            "minder"},
        {"signed", "vetoed", "sent", "blocked", "passed", "rejected", "approved", "defeated", "adopted", "failed",
            "aprobó", "aprobada", "aprobado", "rechazó", "rechazada", "rechazado", "adoptée", "adopté", "rejetée",
            "rejeté", "angenommen", "abgelehnt", "approvato", "approvata", "respinto", "respinta", "aprovado",
            "aprovada", "rejeitado", "rejeitada", "aangenomen", "verworpen", "keurde", "verwierp", "goedgekeurd"},
        {"dismissed", "upheld", "allowed", "rejected", "quashed", "overturned", "granted", "denied", "struck"},
        {"declared", "considering", "rejected", "lifted"},
        {"seriously", "critically", "lightly", "slightly", "minor", "serious", "critical", "zwaargewond",
            "lichtgewond", "schwer", "schwere", "schweren", "leicht", "leichte", "leichten", "lebensgefährlich",
            "grave", "graves", "leve", "leves", "crítico", "crítica", "légèrement", "légère", "légères", "léger",
            "gravemente", "levemente", "lieve", "lievi", "gravi", "licht", "zwaar", "ernstig", "stable", "fair",
            "satisfactory", "estable", "stabile", "estável", "stabil", "stabiel", "grièvement", "lifethreatening",
            "nonlifethreatening", "died", "dead"},
        {"open", "opened", "reopened", "reopen", "closed", "shut", "chiuso", "chiusa", "aperto", "aperta", "riaperto",
            "riaperta", "cerrado", "cerrada", "abierto", "abierta", "reabierto", "fermé", "fermée", "ouvert", "ouverte",
            "rouvert", "geschlossen", "geöffnet", "wiedereröffnet", "fechado", "fechada", "aberto", "aberta",
            "reaberto", "gesloten", "heropend"},
        {"must", "should", "encouraged", "required", "obliged", "allowed", "permitted", "banned", "forbidden",
            "prohibited", "mandatory", "voluntary", "optional", "urged", "advised", "obligatorio", "obligatoire",
            "verplicht", "verpflichtet", "obbligatorio", "obrigatório", "facultatif", "freiwillig"},
        {"labour", "conservative", "conservatives", "tory", "tories", "liberal", "liberals", "democrat", "democrats",
            "democratic", "republican", "republicans", "green", "greens", "snp", "plaid", "reform", "ukip", "ndp",
            "bloc", "cdu", "csu", "spd", "fdp", "afd", "grünen", "linke", "bsw", "psoe", "pp", "vox", "sumar",
            "podemos", "lfi", "rn", "renaissance", "lr", "pd", "fdi", "lega", "m5s", "pvv", "vvd", "d66", "cda", "anc",
            "eff", "bjp", "ps", "psd", "chega"},
        {"yellow", "amber", "orange", "red", "green", "blue", "white", "black", "silver", "grey", "gray", "brown",
            "purple", "gelbe", "gelb", "rote", "rot", "orangefarbene", "jaune", "rouge", "vert", "amarilla", "amarillo",
            "naranja", "roja", "rojo", "gialla", "giallo", "arancione", "rossa", "rosso", "amarelo", "amarela",
            "laranja", "vermelho", "vermelha", "geel", "oranje", "rood", "groen"},
        {"charged", "convicted", "acquitted", "cleared", "indicted", "arrested", "released", "sentenced",
            "investigated", "angeklagt", "verurteilt", "freigesprochen", "festgenommen", "ermittelt", "absolvió",
            "condenó", "absuelto", "absuelta", "condenado", "condenada", "imputado", "detenido", "acquitté",
            "acquittée", "condamné", "condamnée", "inculpé", "assolto", "assolta", "condannato", "condannata",
            "indagato", "arrestato", "absolvido", "absolvida", "indiciado", "preso", "vrijgesproken", "veroordeeld",
            "aangeklaagd", "opgepakt", "anklage", "garde", "examen"},
        {"injured", "hurt", "wounded", "died", "killed", "dead", "murieron", "heridos", "herido", "muertos",
            "muerto", "blessés", "blessé", "morts", "mort", "tués", "verletzt", "getötet", "tot", "feriti", "ferito",
            "morti", "morto", "uccisi", "feridos", "ferido", "mortos", "gewond", "gedood", "dood"},
        {"doubtful", "questionable", "uncertain", "ruled", "fit", "available", "unavailable", "suspended", "banned",
            "sidelined"},
        {"including", "excluding", "except"},
        {"with", "without", "con", "sin", "avec", "sans", "mit", "ohne", "senza", "com", "sem", "met", "zonder"},
        {"suspect", "suspects"}, {"victim", "victims"}, {"gunman", "gunmen"}, {"attacker", "attackers"},
        {"man", "men"}, {"woman", "women"}, {"child", "children"}, {"person", "people"}, {"officer", "officers"},
        {"soldier", "soldiers"}, {"passenger", "passengers"}, {"driver", "drivers"},
        {"confident", "concerned", "worried", "optimistic", "pessimistic"},
        {"knew", "suspected", "denied", "believed"},
        {"never", "rarely", "sometimes", "often", "always"},
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunedì", "martedì",
            "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "lunes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
    };

    /** A rank before a title or a name: "deputy mayor" is not the mayor. */
    private static final java.util.Set<String> RANKS = java.util.Set.copyOf(java.util.List.of("deputy", "acting", "former", "assistant",
        "vice", "interim", "associate", "honorary", "ex", "adjoint", "adjointe", "ancien", "ancienne", "stellvertretende",
        "stellvertretender", "ehemalige", "ehemaliger", "adjunto", "adjunta", "vicepresidente", "exministro",
        "vicesindaco", "voormalig", "voormalige", "plaatsvervangend"));

    /** Words that make a claim conditional ("will strike unless a deal is reached"). */
    private static final java.util.Set<String> CONDITIONS = java.util.Set.copyOf(java.util.List.of("unless", "provided", "if", "pending",
        "sauf", "moins", "menos", "salvo", "sofern", "falls", "meno", "tenzij", "mits"));

    /** A determiner that denies the noun after it ("found no evidence"). */
    private static final java.util.Set<String> NO = java.util.Set.copyOf(java.util.List.of("no", "ningún", "ninguna", "aucun", "aucune",
        "nessun", "nessuna", "nenhum", "nenhuma"));

    /**
     * Cues after which the words name a cause or where a finding comes from ("was caused by a gas leak", "obtained by
     * the Herald", "released by the highways office").
     */
    private static final java.util.Set<String> CAUSES = java.util.Set.copyOf(java.util.List.of("caused", "blamed", "attributed", "due",
        "because", "owing", "causado", "causada", "debido", "causé", "causée", "verursacht", "causato", "causata",
        "devido", "veroorzaakt", "obtained", "published", "released", "provided", "compiled", "commissioned",
        "conducted", "obtenidos", "publicados", "obtenus", "publiés", "veröffentlicht", "ottenuti", "pubblicati",
        "obtidos", "verkregen", "gepubliceerd", "debió", "debe", "dû", "dus", "dovuto", "dovuta", "deveu",
        "contained"));

    /** An accusation added to an arrest or a charge ("arrested on suspicion of arson"). */
    private static final java.util.Set<String> ACCUSATIONS = java.util.Set.copyOf(java.util.List.of("suspicion", "sospecha", "soupçon",
        "soupçonné", "verdacht", "verdachts", "sospetto", "suspeita", "verdenking"));

    /** Words of one class that say one thing ("killed" and "died", "hurt" and "injured"): canonical forms. */
    private static final Map<String, String> SAME = Map.ofEntries(Map.entry("shut", "closed"),
        Map.entry("opened", "open"), Map.entry("killed", "died"),
        Map.entry("dead", "died"), Map.entry("hurt", "injured"), Map.entry("wounded", "injured"),
        Map.entry("muertos", "murieron"), Map.entry("muerto", "murieron"), Map.entry("morts", "tués"),
        Map.entry("mort", "tués"), Map.entry("getötet", "tot"), Map.entry("morti", "uccisi"), Map.entry("morto", "uccisi"),
        Map.entry("gedood", "dood"), Map.entry("blessé", "blessés"), Map.entry("herido", "heridos"),
        Map.entry("ferito", "feriti"), Map.entry("ferido", "feridos"));

    /** Each word's classes, as a bit set (a word can sit in two classes: "third" is an ordinal and a fraction). */
    private static final Map<String, Long> CLASS_OF = index();

    private Contrasts() {
    }

    private static Map<String, Long> index() {
        Map<String, Long> m = new HashMap<>();
        for (int c = 0; c < CLASSES.length; c++) {
            for (String w : CLASSES[c]) {
                m.merge(w, 1L << c, (x, y) -> x | y);
            }
        }
        return m;
    }

    /**
     * Whether an edit replaces a word by another of its class (or a compound by one whose first part is: "second-degree"
     * and "first-degree"; or drops a "non-"), replaces the noun a figure counts or the cause after a causal cue, adds
     * or drops a rank before a title, a condition or a denying determiner, outside quotes.
     */
    static boolean swapped(List<Edit> edits, Facts a, Facts b) {
        if (causeReplaced(edits, a, b) || swappedAcrossEdits(edits, a, b)) {
            return true;
        }
        for (Edit e : edits) {
            int n = e.toA() - e.fromA();
            int m = e.toB() - e.fromB();
            if (addsOrDrops(a, e.fromA(), e.toA(), b, e.fromB(), e.toB())) {
                return true;
            }
            if (n == 0 || m == 0 || n > 8 || m > 8) {
                continue;
            }
            boolean small = n <= 5 && m <= 5;
            for (int i = e.fromA(); i < e.toA(); i++) {
                for (int j = e.fromB(); j < e.toB(); j++) {
                    if (a.inQuote[i] || b.inQuote[j]) {
                        continue;
                    }
                    if (small && (n != m || i - e.fromA() == j - e.fromB()) && classSwap(a.tokens.get(i), b.tokens.get(j))) {
                        return true;
                    }
                }
            }
            if (n != m || n > 3) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                int i = e.fromA() + k;
                int j = e.fromB() + k;
                if (a.inQuote[i] || b.inQuote[j]) {
                    continue;
                }
                String x = a.tokens.get(i).norm();
                String y = b.tokens.get(j).norm();
                if (x.equals(y) || Typos.isTypo(a.tokens.get(i), b.tokens.get(j))) {
                    continue;
                }
                if ((k == 0 && countedNoun(a, i) && countedNoun(b, j) || afterACause(a, i) && afterACause(b, j))
                        && !Lexicon.STOP.contains(x) && !Lexicon.STOP.contains(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two different words share a class: no respelling, whatever their distance ("suspect"/"suspects"). */
    /** Whether the two words say one thing ("killed" and "died", "hurt" and "injured"). */
    static boolean saysTheSame(String x, String y) {
        return SAME.getOrDefault(x, x).equals(SAME.getOrDefault(y, y));
    }

    static boolean sameClass(String x, String y) {
        return !x.equals(y) && (CLASS_OF.getOrDefault(x, 0L) & CLASS_OF.getOrDefault(y, 0L)) != 0
                && !SAME.getOrDefault(x, x).equals(SAME.getOrDefault(y, y));
    }

    /**
     * Whether one word is the other with a negating prefix fused to it: the "ne-" the West and South Slavic languages
     * put on verbs and adjectives ("potvrdil" / "nepotvrdil"), and the "un-", "dis-", "non-", "in-" of English and
     * German ("authorised" / "unauthorised", "bedingte" / "unbedingte"); the bare word has four letters or more.
     */
    static boolean negatedByPrefix(String x, String y) {
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (shorter.length() < 4 || !longer.endsWith(shorter)) {
            return false;
        }
        String prefix = longer.substring(0, longer.length() - shorter.length());
        return NEGATING_PREFIXES.contains(prefix);
    }

    private static final java.util.Set<String> NEGATING_PREFIXES = java.util.Set.of("ne", "un", "dis", "non", "in",
            "im", "il", "ir");

    /** Two different words of one class, or compounds whose first parts are ("second-degree", "non-fatal"). */
    private static boolean classSwap(Token ta, Token tb) {
        String x = ta.norm();
        String y = tb.norm();
        if (x.equals(y)) {
            return false;
        }
        if (sameClass(x, y)) {
            return true;
        }
        String rx = ta.text().toLowerCase(java.util.Locale.ROOT);
        String ry = tb.text().toLowerCase(java.util.Locale.ROOT);
        if (rx.startsWith("non-") && rx.substring(4).equals(ry) || ry.startsWith("non-") && ry.substring(4).equals(rx)) {
            return true; // "non-life-threatening" -> "life-threatening"
        }
        if (negatedByPrefix(x, y)) {
            return true; // "potvrdil" -> "nepotvrdil"
        }
        int dx = rx.indexOf('-');
        int dy = ry.indexOf('-');
        if (dx > 0 && dy < 0 && rx.substring(dx + 1).equals(ry) && CLASS_OF.containsKey(rx.substring(0, dx))
                || dy > 0 && dx < 0 && ry.substring(dy + 1).equals(rx) && CLASS_OF.containsKey(ry.substring(0, dy))) {
            return true; // "wettest" -> "second-wettest"
        }
        return dx > 0 && dy > 0 && rx.substring(dx).equals(ry.substring(dy))
                && (CLASS_OF.getOrDefault(rx.substring(0, dx), 0L) & CLASS_OF.getOrDefault(ry.substring(0, dy), 0L)) != 0;
    }

    /**
     * Whether the edit only adds or only drops words among which is a rank before a title ("deputy mayor" -> "mayor"),
     * a word that makes the claim conditional ("unless a deal is reached") or a determiner that denies ("found no
     * evidence").
     */
    private static boolean addsOrDrops(Facts a, int fromA, int toA, Facts b, int fromB, int toB) {
        Facts f = toA > fromA ? a : b;
        int from = toA > fromA ? fromA : fromB;
        int to = toA > fromA ? toA : toB;
        if (toA > fromA && toB > fromB || to - from > 15) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (f.inQuote[k]) {
                continue;
            }
            String w = f.tokens.get(k).norm();
            boolean next = k + 1 < f.tokens.size() && !f.tokens.get(k + 1).number();
            if (RANKS.contains(w) && to - from <= 2 && next || NO.contains(w) && to - from == 1 && next
                    || CONDITIONS.contains(w) && to - from >= 3 || ACCUSATIONS.contains(w) && to - from >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word diff splits "has died" -> "remains in critical condition" into a deletion and insertions around the
     * words they share: a word taken out and one put in anywhere in the sentence, of one class, are a swap (a few
     * words each side: a rewrite is no swap); a condition put in or taken out in three words or more is one too.
     */
    private static boolean swappedAcrossEdits(List<Edit> edits, Facts a, Facts b) {
        List<Token> removed = new java.util.ArrayList<>();
        List<Token> inserted = new java.util.ArrayList<>();
        for (Edit e : edits) {
            for (int i = e.fromA(); i < e.toA(); i++) {
                if (!a.inQuote[i]) {
                    removed.add(a.tokens.get(i));
                }
            }
            for (int j = e.fromB(); j < e.toB(); j++) {
                if (!b.inQuote[j]) {
                    inserted.add(b.tokens.get(j));
                }
            }
        }
        if (removed.size() > 6 || inserted.size() > 12) {
            return false;
        }
        for (List<Token> side : List.of(removed, inserted)) {
            if (side.size() >= 3 && (removed.isEmpty() || inserted.isEmpty())) {
                for (Token t : side) {
                    if (CONDITIONS.contains(t.norm())) {
                        return true;
                    }
                }
            }
        }
        for (Token x : removed) {
            for (Token y : inserted) {
                if (classSwap(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the edits take a word out right after a cue of cause or origin and put another in after it ("caused by
     * heavy rain" -> "caused by the use of substandard materials"), in one edit or in a deletion and an insertion.
     */
    private static boolean causeReplaced(List<Edit> edits, Facts a, Facts b) {
        java.util.Set<String> removed = new java.util.HashSet<>();
        java.util.Set<String> inserted = new java.util.HashSet<>();
        for (Edit e : edits) {
            for (int i = e.fromA(); i < e.toA(); i++) {
                removed.add(a.tokens.get(i).norm());
            }
            for (int j = e.fromB(); j < e.toB(); j++) {
                inserted.add(b.tokens.get(j).norm());
            }
        }
        boolean out = false;
        boolean in = false;
        for (Edit e : edits) {
            for (int i = e.fromA(); i < e.toA() && !out; i++) {
                out = !a.inQuote[i] && afterACause(a, i) && content(a.tokens.get(i))
                        && !inserted.contains(a.tokens.get(i).norm()); // a clause moved is no cause replaced
            }
            for (int j = e.fromB(); j < e.toB() && !in; j++) {
                in = !b.inQuote[j] && afterACause(b, j) && content(b.tokens.get(j))
                        && !removed.contains(b.tokens.get(j).norm());
            }
        }
        return out && in;
    }

    private static boolean content(Token t) {
        return !t.number() && !Lexicon.STOP.contains(t.norm()) && t.norm().length() > 2;
    }

    /** Whether token {@code i} follows a causal cue, a word or two after it ("caused by a gas leak"). */
    private static boolean afterACause(Facts f, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (CAUSES.contains(f.tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is the noun a figure counts: it follows a number, or a number and one word. */
    private static boolean countedNoun(Facts f, int i) {
        return i > 0 && isCount(f.tokens.get(i - 1)) || i > 1 && isCount(f.tokens.get(i - 2))
                && !f.tokens.get(i - 1).number();
    }

    /** A count: digits ("12", "3,000") or a number word ("twelve"), not a decade ("'90s") or an ordinal. */
    private static boolean isCount(Token t) {
        String n = t.norm();
        return t.number() && (n.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',' || c == '.')
                || Tokenizer.NUMBER_WORDS.contains(n));
    }
}
