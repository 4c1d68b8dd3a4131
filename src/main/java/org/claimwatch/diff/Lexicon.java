package org.claimwatch.diff;

import java.util.Map;
import java.util.Set;

/** Newsroom word lists: hedges, attribution cues, sources, number qualifiers, negations, stop words. */
final class Lexicon {

    /** Hedge and certainty words mapped to one canonical form. */
    static final Map<String, String> HEDGES = Map.ofEntries(
            Map.entry("believed", "believe"), Map.entry("believes", "believe"), Map.entry("believe", "believe"),
            Map.entry("thought", "thought"), Map.entry("allegedly", "alleged"), Map.entry("alleged", "alleged"),
            Map.entry("alleges", "alleged"), Map.entry("reportedly", "reportedly"),
            Map.entry("purportedly", "purportedly"), Map.entry("apparently", "apparently"),
            Map.entry("possibly", "possible"), Map.entry("possible", "possible"), Map.entry("probably", "likely"),
            Map.entry("likely", "likely"), Map.entry("unlikely", "unlikely"), Map.entry("may", "may"),
            Map.entry("might", "may"), Map.entry("could", "could"), Map.entry("suspected", "suspected"),
            Map.entry("unconfirmed", "unconfirmed"), Map.entry("confirmed", "confirmed"),
            Map.entry("confirms", "confirmed"), Map.entry("confirm", "confirmed"), Map.entry("denied", "denied"),
            Map.entry("denies", "denied"), Map.entry("deny", "denied"), Map.entry("claimed", "claimed"),
            Map.entry("claims", "claimed"), Map.entry("appears", "appear"), Map.entry("appeared", "appear"),
            Map.entry("seems", "seem"), Map.entry("seemed", "seem"), Map.entry("unverified", "unverified"),
            Map.entry("verified", "verified"), Map.entry("rumoured", "rumoured"), Map.entry("rumored", "rumoured"),
            Map.entry("expected", "expected"), Map.entry("presumed", "presumed"), Map.entry("feared", "feared"),
            Map.entry("definitely", "definitely"), Map.entry("certainly", "certainly"),
            Map.entry("officially", "officially"), Map.entry("disputed", "disputed"), Map.entry("refuted", "refuted"),
            Map.entry("acknowledged", "acknowledged"), Map.entry("admitted", "admitted"),
            // how final a figure or finding is (not "suggested", which heads reading lists)
            Map.entry("preliminary", "preliminary"), Map.entry("provisional", "preliminary"),
            // where a case stands: charged is not convicted
            Map.entry("charged", "charged"), Map.entry("accused", "charged"), Map.entry("indicted", "charged"),
            Map.entry("convicted", "convicted"), Map.entry("acquitted", "acquitted"), Map.entry("cleared", "acquitted"),
            Map.entry("sentenced", "sentenced"), Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"),
            // the same hedges in German, French, Spanish, Italian, Portuguese and Dutch (the conditional of report)
            Map.entry("soll", "reportedly"), Map.entry("sollen", "reportedly"), Map.entry("angeblich", "alleged"),
            Map.entry("mutmaßlich", "alleged"), Map.entry("mutmaßliche", "alleged"), Map.entry("vermutlich", "probable"),
            Map.entry("wahrscheinlich", "probable"), Map.entry("aurait", "reportedly"), Map.entry("auraient", "reportedly"),
            Map.entry("serait", "reportedly"), Map.entry("seraient", "reportedly"), Map.entry("présumé", "alleged"),
            Map.entry("présumée", "alleged"), Map.entry("probablement", "probable"), Map.entry("podría", "could"),
            Map.entry("podrían", "could"), Map.entry("presuntamente", "alleged"), Map.entry("presunto", "alleged"),
            Map.entry("presunta", "alleged"), Map.entry("posiblemente", "possible"), Map.entry("probablemente", "probable"),
            Map.entry("avrebbe", "reportedly"), Map.entry("avrebbero", "reportedly"), Map.entry("sarebbe", "reportedly"),
            Map.entry("probabilmente", "probable"), Map.entry("teria", "reportedly"), Map.entry("teriam", "reportedly"),
            Map.entry("supostamente", "alleged"), Map.entry("provavelmente", "probable"), Map.entry("vermoedelijk", "probable"),
            Map.entry("waarschijnlijk", "probable"), Map.entry("zou", "reportedly"), Map.entry("zouden", "reportedly"),
            // a possibility, not a plan: "poderá anunciar" is not "vai anunciar"
            Map.entry("poderá", "could"), Map.entry("poderão", "could"), Map.entry("podrá", "could"),
            Map.entry("podrán", "could"), Map.entry("pourrait", "could"), Map.entry("pourraient", "could"),
            Map.entry("potrebbe", "could"), Map.entry("potrebbero", "could"), Map.entry("könnte", "could"),
            Map.entry("könnten", "could"),
            // "expected to": a step not yet taken ("devrait être inculpé" is not "a été inculpé")
            Map.entry("devrait", "expected"), Map.entry("devraient", "expected"), Map.entry("debería", "expected"),
            Map.entry("deberían", "expected"), Map.entry("dovrebbe", "expected"), Map.entry("dovrebbero", "expected"),
            Map.entry("deverá", "expected"), Map.entry("deverão", "expected"), Map.entry("dürfte", "expected"),
            Map.entry("dürften", "expected"),
            // weighed, not decided ("overweegt te sluiten" is not "gaat sluiten")
            Map.entry("overweegt", "considering"), Map.entry("overwegen", "considering"), Map.entry("erwägt", "considering"),
            Map.entry("erwägen", "considering"), Map.entry("envisage", "considering"), Map.entry("envisagent", "considering"),
            Map.entry("mulling", "considering"), Map.entry("weighing", "considering"),
            // the same hedges in more languages: Romanian (the conditional "ar": "ar putea", "ar fi"), Polish, Czech,
            // Slovak, Ukrainian, Russian, Greek, Turkish, Hungarian, the Nordic languages, Finnish, Indonesian and
            // Malay, Hindi and Arabic
            Map.entry("ar", "reportedly"), Map.entry("putea", "could"), Map.entry("probabil", "probable"),
            Map.entry("posibil", "possible"), Map.entry("presupus", "alleged"), Map.entry("presupusul", "alleged"),
            Map.entry("aparent", "apparently"),
            Map.entry("prawdopodobnie", "probable"), Map.entry("rzekomo", "alleged"), Map.entry("podobno", "reportedly"),
            Map.entry("domniemany", "alleged"), Map.entry("mógłby", "could"), Map.entry("mogłaby", "could"),
            Map.entry("mogłoby", "could"), Map.entry("mogliby", "could"),
            Map.entry("pravděpodobně", "probable"), Map.entry("údajně", "alleged"), Map.entry("prý", "reportedly"),
            Map.entry("zřejmě", "apparently"), Map.entry("pravdepodobne", "probable"), Map.entry("údajne", "alleged"),
            Map.entry("ймовірно", "probable"), Map.entry("імовірно", "probable"), Map.entry("можливо", "possible"),
            Map.entry("нібито", "alleged"), Map.entry("начебто", "alleged"), Map.entry("вероятно", "probable"),
            Map.entry("возможно", "possible"), Map.entry("якобы", "alleged"), Map.entry("предположительно", "probable"),
            Map.entry("πιθανόν", "probable"), Map.entry("πιθανώς", "probable"), Map.entry("φέρεται", "reportedly"),
            Map.entry("φέρονται", "reportedly"), Map.entry("φερόμενος", "alleged"),
            Map.entry("muhtemelen", "probable"), Map.entry("iddiaya", "alleged"), Map.entry("iddia", "claimed"),
            Map.entry("valószínűleg", "probable"), Map.entry("állítólag", "alleged"),
            Map.entry("troligen", "probable"), Map.entry("sannolikt", "probable"), Map.entry("påstås", "alleged"),
            Map.entry("uppges", "reportedly"), Map.entry("angiveligt", "alleged"), Map.entry("angivelig", "alleged"),
            Map.entry("formentlig", "probable"), Map.entry("sannsynligvis", "probable"),
            Map.entry("todennäköisesti", "probable"), Map.entry("väitetysti", "alleged"),
            Map.entry("diduga", "alleged"), Map.entry("kemungkinan", "possible"), Map.entry("dikabarkan", "reportedly"),
            Map.entry("kononnya", "reportedly"),
            Map.entry("कथित", "alleged"), Map.entry("संभवतः", "probable"), Map.entry("शायद", "possible"),
            Map.entry("ربما", "possible"), Map.entry("يعتقد", "believe"), Map.entry("يُعتقد", "believe"),
            Map.entry("المزعوم", "alleged"), Map.entry("المزعومة", "alleged"), Map.entry("مرجح", "likely"),
            // and in the Baltic languages, more of the Nordic ones and Finnish, Russian's "preliminary" and
            // "apparently", Catalan, the Spanish and Portuguese conditional of hearsay, Hebrew, Persian, Bengali,
            // Swahili and more Turkish, Hindi and Indonesian
            Map.entry("iespējams", "possible"), Map.entry("domājams", "probable"), Map.entry("esot", "reportedly"),
            Map.entry("varētu", "could"), Map.entry("įtariama", "suspected"), Map.entry("įtariamas", "suspected"),
            Map.entry("galbūt", "possible"), Map.entry("tikriausiai", "probable"), Map.entry("neva", "alleged"),
            Map.entry("esą", "reportedly"), Map.entry("väidetavalt", "alleged"), Map.entry("tõenäoliselt", "probable"),
            Map.entry("arvatavalt", "probable"), Map.entry("võimalik", "possible"), Map.entry("kahtlustatav", "suspected"),
            Map.entry("mahdollisesti", "possible"), Map.entry("luultavasti", "probable"), Map.entry("epäilty", "suspected"),
            Map.entry("tiettävästi", "reportedly"), Map.entry("ilmeisesti", "apparently"),
            Map.entry("förmodligen", "probable"), Map.entry("misstänkt", "suspected"), Map.entry("möjligen", "possible"),
            Map.entry("muligvis", "possible"), Map.entry("sandsynligvis", "probable"), Map.entry("mistænkt", "suspected"),
            Map.entry("muligens", "possible"), Map.entry("trolig", "probable"), Map.entry("mistenkt", "suspected"),
            Map.entry("предварительно", "preliminary"), Map.entry("предварительным", "preliminary"),
            Map.entry("предварительные", "preliminary"), Map.entry("предварительной", "preliminary"),
            Map.entry("предварительных", "preliminary"), Map.entry("видимо", "apparently"),
            Map.entry("подозреваемый", "suspected"), Map.entry("попередніми", "preliminary"),
            Map.entry("presumptament", "alleged"), Map.entry("presumpte", "alleged"), Map.entry("hauria", "reportedly"),
            Map.entry("haurien", "reportedly"), Map.entry("podria", "could"), Map.entry("podrien", "could"),
            Map.entry("sería", "reportedly"), Map.entry("serían", "reportedly"), Map.entry("habría", "reportedly"),
            Map.entry("habrían", "reportedly"), Map.entry("seria", "reportedly"), Map.entry("seriam", "reportedly"),
            Map.entry("לכאורה", "alleged"), Map.entry("כנראה", "probable"), Map.entry("אולי", "possible"),
            Map.entry("ظاهراً", "apparently"), Map.entry("ظاهرا", "apparently"), Map.entry("احتمالاً", "probable"),
            Map.entry("احتمالا", "probable"), Map.entry("گویا", "reportedly"),
            Map.entry("সম্ভবত", "probable"), Map.entry("কথিত", "alleged"), Map.entry("হয়তো", "possible"),
            Map.entry("inadaiwa", "alleged"), Map.entry("huenda", "possible"), Map.entry("inasemekana", "reportedly"),
            Map.entry("inaaminika", "believe"), Map.entry("yaelekea", "probable"),
            Map.entry("olası", "possible"), Map.entry("galiba", "probable"), Map.entry("görünüşe", "apparently"),
            Map.entry("संदिग्ध", "suspected"), Map.entry("संभावित", "possible"), Map.entry("mungkin", "possible"));

    static final Set<String> CUES = Set.of(
            "said", "says", "say", "told", "tells", "according", "stated", "states", "added", "announced",
            "reported", "reports", "claimed", "insisted", "warned", "wrote", "explained", "noted", "confirmed",
            "denied", "denies", "tweeted", "posted", "cited", "quoted", "acknowledged", "admitted", "argued",
            "estimated", "estimates", "alleged", "alleges",
            // German, French, Spanish, Italian, Portuguese and Dutch
            "sagte", "sagt", "erklärte", "laut", "déclaré", "dit", "selon", "affirmé", "dijo", "afirmó", "según",
            "declaró", "detto", "dichiarato", "secondo", "disse", "afirmou", "segundo", "zei", "volgens", "verklaarde");

    static final Set<String> SOURCES = Set.of(
            "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "ministry",
            "military", "police", "government", "minister", "he", "she", "they", "witnesses", "witness",
            "analysts", "analyst", "experts", "expert", "authorities", "army", "agency", "president", "statement",
            "aides", "aide", "diplomat", "diplomats", "diplomatic", "residents", "doctors", "medics", "report",
            "spokespeople", "investigators", "prosecutors", "lawyer", "lawyers", "researchers", "study",
            "officer", "officers", "department", "office", "foreign", "health", "local", "senior", "israeli",
            "palestinian", "we", "i", "leaders", "people", "familiar", "insiders", "campaign", "company", "firm");

    static final Set<String> QUALIFIERS = Set.of(
            "more", "than", "at", "least", "most", "about", "around", "nearly", "almost", "up", "to", "over",
            "under", "fewer", "less", "some", "approximately", "roughly", "estimated", "as", "many", "much",
            "close", "just", "only", "exactly", "below", "above", "an", "a", "another", "additional", "further",
            "upwards", "of", "beyond", "excess", "in");

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "none", "without", "nt");

    /** Days and months (not "may"): a changed date is a changed number. */
    static final Set<String> DATES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tomorrow", "tonight", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    /** Joining words whose insertion or removal (often at a sentence split or merge) changes no claim. */
    static final Set<String> CONNECTIVES = Set.of(
            "and", "but", "so", "then", "also", "that", "the", "a", "an", "which", "while", "meanwhile", "however",
            "when", "as", "this", "it");

    static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "which", "who",
            "but", "not", "their", "his", "her", "they", "he", "she", "we", "i", "you", "will", "would", "there",
            "after", "into", "than", "also", "said", "says", "about", "over", "more");

    private Lexicon() {
    }

    private static final Set<String> NOT = Set.of(
            "not", "never", "cannot", "didnt", "doesnt", "dont", "wont", "cant", "isnt", "wasnt", "arent", "werent",
            "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "nt",
            // German, French, Spanish, Italian, Portuguese and Dutch
            "nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie", "niemals", "pas", "jamais",
            "nunca", "jamás", "non", "mai", "não", "niet", "geen", "nooit",
            // a negation written as its own word ("nie" is German's above): Slavic, Romanian, Hungarian, Nordic, Finnish, Greek, Turkish,
            // Indonesian and Malay, Vietnamese, Hindi, Arabic, Hebrew
            "не", "ни", "нет", "ні", "ne", "nu", "nincs", "inte", "ikke", "ej", "ei", "δεν",
            "μην", "değil", "tidak", "bukan", "belum", "không", "chưa", "नहीं", "لن", "لا", "لم", "ليس",
            "ليست", "לא",
            // negative determiners and pronouns ("posed no risk", "found no evidence", "nobody was hurt"), and Spanish
            // "no" (not in a Portuguese sentence, where it is "in the": Facts)
            "no", "none", "nobody", "nothing", "ingen", "inget", "inga", "intet", "aucun", "aucune", "rien",
            "ningún", "ninguna", "ninguno", "nadie", "nessun", "nessuna", "nessuno", "niente", "nenhum", "nenhuma",
            "ninguém", "niemand", "nichts", "niets", "żaden", "żadna", "żadne");

    /** The canonical hedge of a word ("not" for every negation), or null when the word is no hedge. */
    static String hedge(String norm) {
        return NOT.contains(norm) ? "not" : HEDGES.get(norm);
    }

    /** Tokenizer whose change alters meaning even when they are spelled alike ("may"/"way" is no typo). */
    static boolean isMeaningful(String norm) {
        return hedge(norm) != null || DATES.contains(norm) || CUES.contains(norm) || NEGATIONS.contains(norm)
                || Tokenizer.NUMBER_WORDS.contains(norm);
    }
}
