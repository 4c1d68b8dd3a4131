package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * The publisher's standing notices and calls beside the house's own ({@link HouseNotices}): the reprint notice, "the
 * article continues below the ad" and "read also:" in the Slavic, Baltic and Balkan languages, Romanian, Hungarian,
 * Turkish and Greek, an opinion disclaimer in twelve languages, the reader asked to send photos, videos or tips with
 * where to send them, and how much of a locked article is left to read. Each runs only when its words are in the
 * line ({@link LineWords}); a line in a script other than Latin tries them all. Pure.
 */
final class PublisherNotices {

    private static final int MAX = 260;

    /** The reprint notice: using the outlet's material needs a link or permission, in ten languages. */
    private static final Pattern REPRINT = Pattern.compile("(?iu)(?:перепечатк\\p{L}*|использовани\\p{L}* материал\\p{L}*|"
            + "використанн\\p{L}* матеріал\\p{L}*|передрук\\p{L}*|preuzimanje sadržaja|korištenje sadržaja|kopiranje "
            + "sadržaja|przedruk\\p{L}*|wykorzystanie materiał\\p{L}*|přebírání obsahu|preluarea (?:materialelor|articolelor)|"
            + "reproduction (?:in whole or in part|of (?:this|any|our) (?:material|content|article)s?)|republication)"
            + ".{0,100}(?:ссылк\\p{L}*|посиланн\\p{L}*|izvor\\p{L}*|poveznic\\p{L}*|link\\p{L}*|źródł\\p{L}*|zdroj\\p{L}*|"
            + "surs\\p{L}*|permission|consent|prohibited|forbidden|обязательн\\p{L}*|обов['’]язков\\p{L}*|dozvoljen\\p{L}*|"
            + "zabronion\\p{L}*|zakázán\\p{L}*|interzis\\p{L}*|возможн\\p{L}*|можлив\\p{L}*)");

    /** "The article continues below the ad", in the Slavic, Baltic and Balkan languages, Romanian, Hungarian, Turkish, Greek. */
    private static final Pattern PAST_AD = Pattern.compile("(?iu)^\\W*(?:članak|tekst|vijest|vest|článek|text|artykuł|"
            + "dalsza część artykułu|articolul|a cikk|haberin devamı|η συνέχεια(?: του άρθρου)?|продолжение(?: статьи)?|"
            + "продовження(?: статті)?|статията продължава|straipsnis|raksts)\\b.{0,30}?(?:ispod oglasa|nakon oglasa|"
            + "pod reklamou|pod reklamą|po reklamie|după reclamă|dupa reclama|a hirdetés után|reklamdan sonra|"
            + "μετά τη διαφήμιση|после рекламы|після реклами|след рекламата|po reklamos|pēc reklāmas)\\W*$");

    /** The outlet disowning an author's opinion: opinions + "not necessarily" + the editors, in twelve languages. */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)(?:opinion|views|мнени\\p{L}*|думк\\p{L}*|opinie|"
            + "stavovi|opiniile|meinung|opiniones|opinioni|opiniões|názory|mnenja)\\b.{0,80}(?:necessarily|непременно|"
            + "обязательно|обов['’]язково|niekoniecznie|nužno|neapărat|nicht unbedingt|necesariamente|necessariamente|"
            + "nécessairement|nutně|може не|может не|не съвпада)\\b.{0,60}(?:editor\\p{L}*|редакци\\p{L}*|"
            + "редакці\\p{L}*|redakcj\\p{L}*|redakcij\\p{L}*|redacți\\p{L}*|redactie|redaktion|redacción|redazione|"
            + "redação|rédaction|redakce|publication|newspaper|outlet|portal\\p{L}*|портал\\p{L}*|сайт\\p{L}*)");

    /** "Read also:" opening a pointer to another story, in those languages. */
    private static final Pattern READ_ALSO = Pattern.compile("(?iu)^\\W*(?:читайте (?:также|також|ещё|еще)|читать также|"
            + "прочетете (?:още|също)|pro[čc]itajte (?:i|još|jos|također|takođe)|čtěte (?:také|též)|čítajte (?:aj|tiež)|"
            + "czytaj (?:też|także|również|więcej)|cite[șs]te (?:[șs]i|mai mult)|olvassa el|kapcsolódó|ilginizi çekebilir|"
            + "ayrıca okuyun|διαβάστε επίσης|skaitykite taip pat|lasiet arī|loe ka)\\s*[:：]");

    /** Words of {@link #READER_CALL} and {@link #PAYWALL_LEFT}. */
    static final String[] CALL_WORDS = {"your photo", "your video", "your picture", "your footage", "your tip",
        "photos and videos", "videos and photos", "news tip", "il vous reste", "te queda", "le queda", "ti resta",
        "left to read", "remaining", "faltam", "resta", "senden sie", "schicken sie", "envoyez", "envianos",
        "inviateci", "inviaci", "envie", "stuur", "mail ons", "tip onze", "wyslij", "posaljite",
        "trimite"};

    /** The reader asked to send in photos, videos or tips, with where to send them. */
    private static final Pattern READER_CALL = Pattern.compile("(?iu)\\b(?:send|share|submit|e-?mail|whatsapp|upload|"
            + "senden sie|schicken sie|envoyez|envoyez-nous|envíanos|envíenos|inviateci|inviaci|envie-nos|envie|"
            + "stuur|mail ons|tip onze redactie|wyślij|pošaljite|trimite)"
            + "\\b.{0,25}?\\b(?:photos?|videos?|pictures?|images?|footage|tips?|stories|fotos?|bilder|vidéos|vídeos|"
            + "foto['’]s|filmpjes|immagini|zdjęcia|fotografije|fotografii|redactie)\\b.{0,60}"
            + "(?:\\d{3}|@|\\b(?:whatsapp|e-?mail|telegram|number|line|form|inbox|nummer|numéro|número|numero)\\b)");

    /** How much of a locked article is left to read: "Il vous reste 64 % de l'article à lire". */
    private static final Pattern PAYWALL_LEFT = Pattern.compile("(?iu)\\b(?:il vous reste|te queda(?:n)?(?: el)?|"
            + "le queda(?:n)?(?: el)?|ti resta(?:no)?(?: il)?|faltam?|you have|remaining)\\b.{0,25}\\d{1,3}\\s?%.{0,40}"
            + "\\b(?:article|artículo|articolo|artigo|artikel|story|nota|noticia|lire|leer|leggere|ler|lesen|read)\\b"
            + "|\\d{1,3}\\s?% (?:of (?:the|this) (?:article|story) )?(?:left to read|remaining)\\b");

    /** Latin-script words of {@link #REPRINT}, {@link #PAST_AD} and {@link #READ_ALSO}. */
    static final String[] EASTERN_WORDS = {"preuzim", "koriste", "kopiran", "przedruk", "wykorzyst", "prebir",
        "preluarea", "reproduction", "republication", "oglasa", "reklam", "reclam", "hirdet", "procitaj", "ctete",
        "citajte", "czytaj", "citeste", "olvassa", "kapcsol", "ilginizi", "ayrica", "skaitykite", "lasiet", "loe ka",
        "necessarily", "niekoniecznie", "nuzno", "neaparat", "unbedingt", "necesariamente", "necessariamente",
        "necessairement", "nutne"};

    private PublisherNotices() {
    }

    /**
     * The rule that names {@code t} (with its {@link LineWords} bits) a publisher's notice, or null; {@code latin} is
     * {@link HouseNotices#latin}{@code (t)}.
     */
    static String rule(String t, long words, boolean latin) {
        if (t.length() > MAX) {
            return null;
        }
        boolean all = !latin;
        if (all || (words & LineWords.NOTICE_EASTERN) != 0) {
            if (t.length() < 70 && PAST_AD.matcher(t).find()) {
                return "filter.notice";
            }
            if (t.length() < 200 && READ_ALSO.matcher(t).lookingAt()) {
                return "filter.pointer";
            }
            if (REPRINT.matcher(t).find()) {
                return "filter.reprint-notice";
            }
            if (t.length() < 250 && DISCLAIMER.matcher(t).find()) {
                return "filter.disclaimer";
            }
        }
        if (t.length() < 200 && (all || (words & LineWords.NOTICE_CALL) != 0)) {
            if (READER_CALL.matcher(t).find()) {
                return "filter.reader-call";
            }
            if (t.length() < 120 && PAYWALL_LEFT.matcher(t).find()) {
                return "filter.paywall";
            }
        }
        return null;
    }
}
