package org.claimwatch.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The boilerplate classes of the English line rules in the other languages of the feeds editors follow (German,
 * French, Spanish, Italian, Portuguese, Dutch): newsletter and app prompts, paywalls, comment and tip prompts,
 * affiliate notes, agency and print-edition credits, consent walls for embedded content, live-page chrome, pointers
 * to other stories, bylines with their date, closing author bios and lone advertising labels. A line is looked at
 * only when it holds a character beyond ASCII or a function word of those languages. Pure.
 */
final class ForeignLines {

    /** (Found anywhere in a short line.) Prompts, walls, notes and credits. */
    private static final Pattern PROMPT = Pattern.compile("(?iu)(?:"
            // newsletters
            + "\\b(?:jetzt|hier) (?:kostenlos |gratis )?(?:abonnieren|anmelden)\\b|\\bnewsletter (?:abonnieren|bestellen)"
            + "|\\bper e-mail (?:erhalten|abonnieren)|\\binscrivez-vous\\b|\\babonnez-vous (?:à|gratuitement)"
            + "|\\brecevez (?:chaque|notre|nos|gratuitement)\\b|\\bsuscr[ií]b(?:e|ete|ase|ite)\\b|\\bap[uú]ntate\\b"
            + "|\\brecibe (?:cada|nuestr[oa]|gratis)\\b|\\biscriviti\\b|\\bricevi (?:ogni|la nostra|gratis)"
            + "|\\binscreva-se\\b|\\breceba (?:a|as|o|os|nossa|nosso|todas|todos|gratuitamente)\\b"
            + "|\\bschrijf (?:je|u) in\\b|\\bmeld (?:je|u) (?:gratis )?aan\\b|\\bontvang (?:onze|de|elke|gratis)\\b"
            + "|\\b(?:jeden|jede|täglich|wöchentlich|chaque|cada|ogni|todos os|todas as|elke)\\b[^.!?]{0,80}\\b(?:per e-?mail"
            + "|par e-?mail|dans votre boîte|por (?:correo|e-?mail)|en tu (?:correo|bandeja)|via e-?mail"
            + "|nella tua casella|no seu e-?mail|in je (?:inbox|mailbox))"
            // apps
            + "|\\b(?:laden sie|holen sie sich) (?:die|unsere) [\\p{L}-]*app\\b|\\bapp herunterladen"
            + "|\\btéléchargez (?:l['’]|notre )(?:application|appli)|\\bdesc[aá]rga(?:te|r)? (?:la|nuestra) app"
            + "|\\bscarica (?:l['’]|la nostra )app|\\bbaixe (?:o|nosso) (?:app|aplicativo)"
            + "|\\bdownload (?:de|onze) (?:gratis )?[\\p{L}-]*app\\b"
            // paywalls and log-in walls
            + "|\\bweiterlesen mit\\b|\\bartikel vollständig lesen|\\bdigital-?abo\\b|\\bjederzeit kündbar"
            + "|\\bréservée? aux abonnés|\\bil vous reste \\d+ ?% de cet article|\\bdéjà abonné"
            + "|\\bexclusiv[oa] para (?:suscriptores|socios|assinantes)|\\bya eres suscriptor"
            + "|\\briservat[oa] agli abbonati|\\bsei già abbonato|\\bjá é assinante|\\balleen voor abonnees"
            + "|\\bal abonnee\\?|\\blees verder met\\b"
            // comments and tips
            + "|\\bdéjanos tu comentario|\\blos comentarios (?:están|son) moderados|\\bnormas de participación"
            + "|\\blaissez (?:un|votre) commentaire|\\bles commentaires sont modérés|\\bdiskutieren sie mit"
            + "|\\bkommentare werden moderiert|\\blascia un commento|\\bi commenti sono moderati"
            + "|\\bdeixe (?:seu|o seu|um) comentário|\\blaat een reactie achter|\\breacties worden gemodereerd"
            + "|\\btip voor de redactie|\\bhinweis an die redaktion|\\bune info à nous (?:signaler|transmettre)"
            + "|\\bescribe a la redacción|\\bscrivi alla redazione|\\bfale com a redação"
            // affiliate notes
            + "|\\baffiliate-links?\\b|\\bliens? (?:affiliés|d['’]affiliation)|\\benlaces? de afiliad"
            + "|\\blink (?:di affiliazione|affiliati)|\\blinks? de afiliad"
            // agency and print-edition credits
            + "|^\\W*mit material (?:von|der)\\b|^\\W*avec (?:l['’])?(?:afp|agences|reuters)\\W*$"
            + "|^\\W*con información de (?:agencias|efe|europa press|reuters|afp)|^\\W*com (?:informações de|agências)"
            + "|\\best paru dans (?:l['’]édition|le numéro)|\\berschien (?:zuerst )?in der (?:print|gedruckten)"
            + "|\\bpublicado (?:en|na) (?:la |a )?edición impresa|\\bpublicado na edição impressa"
            + "|\\bapparso (?:sul|nell['’]edizione)|\\bverscheen (?:eerder )?in de (?:krant|papieren)"
            // consent walls of embedded content
            + "|\\binhalte? von drittanbietern|\\bexterne inhalte (?:aktivieren|anzeigen|laden|zulassen)"
            + "|^\\W*externer inhalt\\W*$|\\b(?:benötigen wir|braucht es) ihre zustimmung"
            // advertising breaks
            + "|\\bcontin[uú]a (?:depois|después|dopo) d[aeo]l?l?a? (?:publicidade|publicidad|pubblicità)"
            + "|\\bla suite après (?:la|cette) publicité|\\bweiter nach der anzeige|\\blees verder na de advertentie"
            // error reports
            + "|\\bencontrou (?:algum |um )?erro|\\b(?:vous avez )?(?:trouvé|repéré) une erreur|\\bsignaler une erreur"
            + "|\\bfehler (?:gefunden|entdeckt)|\\beinen fehler entdeckt|\\bhas (?:visto|encontrado) (?:un|algún) error"
            + "|\\bhai trovato un errore|\\bsegnala(?:ci)? un errore|\\bfout (?:gezien|gevonden|ontdekt)"
            + "|\\bcontenus? (?:tiers|externes?) |\\bcontenido de terceros|\\bcontenuti di terze parti"
            + "|\\bconteúdo de terceiros|\\binhoud van derden"
            // live-page chrome and follow prompts
            + "|^\\W*(?:en direct|en directo|en vivo|in diretta|ao vivo|liveticker|live-ticker)\\s*[|·:–—-]"
            + "|\\bsuivez notre direct|\\bsigue (?:el|nuestro) directo|\\bsegui la diretta|\\bacompanhe ao vivo"
            + "|\\b(?:folgen sie|suivez-(?:nous|le|la)|síguenos|seguici|siga-(?:nos|o|a)|volg ons)\\b)");

    /** A pointer's label at the start: "Lesen Sie auch", "Lire aussi", "Leggi anche", "Leia também", "Lees ook". */
    private static final Pattern POINTER = Pattern.compile("(?iu)\\W*(?:lesen sie (?:auch|mehr)|mehr zum thema"
            + "|auch interessant|(?:à )?lire aussi|lire également|voir aussi|sur le même sujet|lea? también"
            + "|te puede interesar|leggi anche|potrebbe interessarti|vedi anche|leia também|veja também|saiba mais"
            + "|lees ook|bekijk ook|meer over dit onderwerp|umfrage|sondage|encuesta|sondaggio|enquete|peiling)\\b\\s*(?<sep>[:|»›>–—-])?\\s*(?<rest>.{0,200})");

    /** A byline with its date or fields: "Von Jana Weller, Berlin · 14.03.2024", "Par Marie Dupont | 12 mars". */
    private static final Pattern BYLINE = Pattern.compile("\\W*(?iu:von|par|por|di|door|da)\\s+\\p{Lu}[\\p{L}.'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}.{0,100}");

    /** A publication stamp: "Publié le 12 mars 2024 à 08h15, mis à jour à 10h02", "Aktualisiert am 3.4.2024". */
    private static final Pattern STAMP = Pattern.compile("(?iu)\\W*(?:publié|publiée|mis à jour|actualizado|actualizada"
            + "|publicado|publicada|aggiornato|pubblicato|veröffentlicht|aktualisiert|bijgewerkt|gepubliceerd|atualizado"
            + "|atualizada|erstellt|modifié)\\b[^!?]{0,140}");

    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s?[h:.]\\s?\\d{2}|\\d{4}");

    /** A closing author bio: "Ricardo Alves é repórter de Política em Brasília. Antes, ..." (with a second cue). */
    private static final Pattern BIO = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]+ ){1,3}(?:é|ist|est|es|è|is) "
            + "(?:\\p{L}+ ){0,2}(?iu:repórter|jornalista|redakteur(?:in)?|korrespondent(?:in)?|journaliste"
            + "|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|giornalista|redattore"
            + "|redattrice|corrispondente|journalist|redacteur|correspondent|editor(?:a)?)\\b.*");

    private static final Pattern BIO_CUE = Pattern.compile("(?iu)\\b(?:antes|anteriormente|zuvor|vorher|auparavant"
            + "|précédemment|in precedenza|prima|eerder|daarvoor|siga|folgen|suivez|síguel[oa]|seguil[oa]|volg)\\b|@\\w");

    /** A lone advertising label. */
    private static final Set<String> AD_LABELS = Set.of("anzeige", "werbung", "publicité", "publicidad",
        "pubblicità", "publicidade", "advertentie", "reklame", "annonce", "contenu sponsorisé", "patrocinado",
        "gesponsord", "sponsored content", "广告", "廣告", "広告", "광고", "โฆษณา", "quảng cáo", "विज्ञापन", "iklan",
        "reklam", "reklama", "реклама", "إعلان", "اعلان", "פרסומת", "διαφήμιση");

    /** A copyright or no-reprint notice: the outlet's rights, not the article's text. */
    private static final String[] COPYRIGHT = {"derechos reservados", "droits réservés", "rechte vorbehalten",
        "diritti riservati", "direitos reservados", "rechten voorbehouden", "prawa zastrzeżone", "práva vyhrazena",
        "版权所有", "版權所有", "不得转载", "不得轉載", "禁止转载", "禁止轉載", "無断転載", "無断複製", "무단전재",
        "무단 전재", "재배포 금지", "สงวนลิขสิทธิ์", "bản quyền thuộc", "hak cipta dilindungi", "tüm hakları saklıdır",
        "все права защищены", "всі права захищені", "جميع الحقوق محفوظة", "כל הזכויות שמורות", "सर्वाधिकार सुरक्षित"};

    /** Function words of those languages that English prose does not use. */
    static final String[] FUNCTION_WORDS = {" der ", " und ", " les ", " des ", " du ", " los ", " las ",
        " che ", " het ", " een ", " et ", " mit ", " von ", " sur ", " el ", " di ", " em ", " uns ", " de ",
        " da ", " nos ", " nous ", " wir "};

    /** Stems one of which every {@link #PROMPT} line holds: the rest are spared the pattern. */
    static final String[] PROMPT_STEMS = {"abonn", "anmeld", "e-mail", "email", "inscri", "recev", "suscr",
        "apunt", "apúnt", "recib", "iscriv", "ricev", "receb", "schrijf", "meld ", "ontvang", " app", "appli",
        "weiterlesen", "vollständig", "abo", "kündbar", "réserv", "il vous reste", "déjà", "exclusiv", "suscriptor",
        "riservat", "già", "assinante", "alleen voor", "lees verder", "coment", "comment", "normas", "diskutieren",
        "kommentare", "reactie", "redactie", "redaktion", "info à nous", "redacción", "redazione", "redação",
        "affili", "material", "avec", "información", "informações", "agências", "paru", "erschien", "publicado",
        "apparso", "verscheen", "drittanbieter", "externe inhalte", "contenu", "contenido", "contenuti", "conteúdo",
        "inhoud", "direct", "vivo", "diretta", "ticker", "folgen", "suivez", "síguenos", "seguici", "siga-",
        "volg ons", "mail", "boîte", "correo", "bandeja", "casella", "zustimmung", "publicidad", "publicité",
        "pubblicità", "publicidade", "anzeige", "advertentie", "externe", "erro", "erreur", "fehler", "error", "errore", "fout", "download"};

    /** Words a byline or a credit of those languages opens with. */
    private static final String[] STARTERS = {"von ", "par ", "por ", "di ", "door ", "da ", "mit ", "avec ", "con ",
        "com ", "leggi", "lesen", "lire", "à lire", "lea ", "lee ", "leia", "lees", "veja", "vedi", "voir", "mehr zum",
        "auch interessant", "te puede", "potrebbe", "saiba", "bekijk", "sur le", "umfrage", "sondage", "encuesta",
        "sondaggio", "enquete", "peiling", "en direct", "en directo", "en vivo", "in diretta", "ao vivo", "live",
        "publié", "mis à jour", "actualizad", "publicad", "aggiornato", "pubblicato", "veröffentlicht",
        "aktualisiert", "bijgewerkt", "gepubliceerd", "atualizad", "erstellt", "modifié", "externer", "continua",
        "continúa", "la suite", "weiter nach", "lees verder", "download de", "download onze", "baixe", "scarica",
        "descarga", "téléchargez", "laden sie"};

    private ForeignLines() {
    }

    /** The rule that makes {@code t} ({@code lower} lower-cased, a short line) boilerplate in a language other than English, or null. */
    static String rule(Block b, String t, String lower, long words) {
        if (!mayBeForeign(t, lower, words)) {
            return null;
        }
        if (t.length() < 30 && AD_LABELS.contains(lower.replaceAll("[^\\p{L}\\p{M} ]", "").strip())) {
            return "filter.sponsor";
        }
        if (t.length() < 250 && LineRules.hasAny(lower, COPYRIGHT) && !ReportedSpeech.in(t, b.linkDensity())) {
            return "filter.copyright";
        }
        if ((words & LineWords.FOREIGN_PROMPT) != 0 && PROMPT.matcher(t).find() && !ReportedSpeech.in(t, b.linkDensity())) {
            return "filter.foreign-prompt";
        }
        java.util.regex.Matcher p = POINTER.matcher(t);
        if (t.length() < 240 && p.matches() && (p.group("sep") != null || b.linkDensity() >= 0.5)) {
            return "filter.pointer";
        }
        if (t.length() < 160 && STAMP.matcher(t).matches() && CLOCK.matcher(t).find()) {
            return "filter.meta-line";
        }
        if (t.length() < 140 && BYLINE.matcher(t).matches() && (hasAny(t, "·|•") || onlyNames(t))) {
            return "filter.meta-line";
        }
        if (t.length() < 400 && BIO.matcher(t).matches() && BIO_CUE.matcher(t).find()) {
            return "filter.author-bio";
        }
        return null;
    }

    private static boolean mayBeForeign(String t, String lower, long words) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        if (lower.length() < 30 && AD_LABELS.contains(lower.strip())) {
            return true;
        }
        for (String w : STARTERS) {
            if (lower.startsWith(w)) {
                return true;
            }
        }
        return (words & LineWords.FOREIGN_WORD) != 0;
    }

    private static boolean hasAny(String t, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (t.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A byline of names alone: six words at most, each capitalised or a joiner. */
    private static boolean onlyNames(String t) {
        String[] words = t.strip().split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}]", "");
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))
                    && !Set.of("und", "et", "y", "e", "en").contains(w)) {
                return false;
            }
        }
        return true;
    }
}
