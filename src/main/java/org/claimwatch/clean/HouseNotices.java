package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * The house's notices about its comment section, its ads and who paid for a piece, read as two slots that must
 * meet in one short line rather than as fixed phrases:
 * <ul>
 *   <li>the comments (the word in fifteen languages) with their terms: who may comment ("open to members", "log
 *   in"), that they are moderated or closed, or that they are their authors' and not the house's opinion ("do not
 *   reflect the views of this website", "n'engagent que leurs auteurs");</li>
 *   <li>an ad's label (in twelve languages) followed by a cue to read on ("Advertisement · Keep reading below");</li>
 *   <li>a funding credit: this piece (story, series, investigation ...) produced, made possible or paid for with
 *   support, a grant or a partnership, and an outlet describing itself as a reporting service funded by others;</li>
 *   <li>"follow us" on a network, the house's corrections notice, a helpline box, a subscription offer with its price
 *   and a sponsor credited for an issue or an episode.</li>
 * </ul>
 * The publisher's standing notices in other languages are {@link PublisherNotices}.
 * Callers pass lines that quote no one; a comment notice that counts something is news about comments. Pure.
 */
final class HouseNotices {

    private static final int MAX = 260;

    private static final String COMMENT_NOUN = "(?:comments?|commenting|commentaires?|comentarios?|comentários?|"
            + "comentaris|commenti|kommentare?n?|kommentieren|kommentarer|kommentit|reacties|reakcje|komentarze|"
            + "komentáře|yorumlar|σχόλια|комментарии|коментарі)";
    /** Commenting as a verb: "pour réagir", "para comentar", "um zu kommentieren". */
    private static final String COMMENT_VERB = "(?:comment|commenter|réagir|comentar|commentare|kommentieren|reageren|"
            + "komentować|komentovat|kommentera|kommentere|kommentoida|yorum yapmak)";
    /** Being signed in or registered, in ten languages. */
    private static final String SIGNED_IN = "(?:signed in|logged in|sign in|log in|registered|a subscriber|a member|"
            + "connecté\\p{L}*|inscrit\\p{L}*|abonné\\p{L}*|registrad\\p{L}*|conectad\\p{L}*|suscriptor\\p{L}*|logad\\p{L}*|"
            + "assinante|eingeloggt|angemeldet|registriert|abonnent\\p{L}*|registrat\\p{L}*|abbonat\\p{L}*|ingelogd|"
            + "geregistreerd|zalogowan\\p{L}*|přihlášen\\p{L}*)";

    /** Who may comment: a reader's standing, or signing in. */
    private static final String ACCESS = "(?:\\b(?:open|available|reserved|restricted|limited|only|exclusive\\w*|"
            + "réservés?|reservados?|riservati|vorbehalten|alleen|apenas|solo|sólo|nur)\\b.{0,40}\\b(?:subscri\\w*|members?|"
            + "registered|abonn\\w*|suscriptor\\w*|assinantes?|abbonati|leden|premium)\\b|\\b(?:sign|log)(?:ged)? in\\b|"
            + "\\banmelden\\b|\\bconnecte[zr]\\b|\\binicia(?:r)? sesión\\b|\\bfaça login\\b|\\baccedi\\b)";
    /** The section's state. */
    private static final String STATE = "(?:\\b(?:moderated|moderation|modérée?s?|modération|moderad[oa]s?|"
            + "moderación|moderati|moderazione|moderiert|gemodereerd|moderatie|moderação|moderowane|moderace|closed|"
            + "disabled|turned off|fermés|désactivés|cerrados|encerrados|chiusi|geschlossen|deaktiviert|gesloten)\\b)";
    /** Whose the comments are: their authors', not the house's. */
    private static final String OWNERSHIP = "(?:\\b(?:responsib\\w*|responsabil\\w*|verantwort\\w*|n['’]engagent|"
            + "opini\\w*|views?|meinung|mening|punto di vista|point of view|standpunt)\\b.{0,80}\\b(?:authors?|"
            + "auteurs?|autores|autori|verfasser\\w*|schrijvers?|posters?|people who post\\w*|readers|leitores|lectores|"
            + "lettori|lecteurs|users|usuarios|usuários|utenti|site|website|sitio|portal|page|newspaper|publication|"
            + "editors?|editorial|rédaction|redaktion|redactie|redacción|redação|redazione|testata|medio|jornal|"
            + "periódico|giornale|zeitung|krant|outlet)\\b)";
    private static final Pattern COMMENTS = Pattern.compile("(?iu)\\b" + COMMENT_NOUN + "\\b.{0,120}(?:" + ACCESS
            + "|" + STATE + "|" + OWNERSHIP + ")|^\\W*(?:" + ACCESS + ")\\W.{0,30}\\b" + COMMENT_NOUN + "\\b"
            // to comment, one must be signed in: "Vous devez être connecté pour réagir", "Para comentar ... registrado"
            + "|\\b(?:to|pour|para|um zu|per|om te|aby|pro|för att|for å) " + COMMENT_VERB + "\\b.{0,60}\\b" + SIGNED_IN
            + "\\b|\\b" + SIGNED_IN + "\\b.{0,40}\\b(?:to|pour|para|um zu|per|om te|aby|pro|för att|for å) "
            + COMMENT_VERB + "\\b");

    /** The house's corrections notice: how to report an error, or where its corrections policy is. */
    private static final Pattern CORRECTIONS = Pattern.compile("(?iu)\\b(?:report|flag|point out|spotted|spot|notice[ds]?"
            + "|found|see|tell us about)\\b (?:an? |any )?(?:error|mistake|inaccuracy|typo|factual error)s?\\b"
            + ".{0,80}(?:\\b(?:e-?mail|write|contact|let us know|tell us|get in touch|fill in|use (?:this|our|the) form)\\b|@)"
            + "|\\b(?:ask|request)(?:ing)? (?:for )?an? correction\\b.{0,60}(?:\\b(?:e-?mail|write|contact)\\b|@)"
            + "|\\b(?:our|the|its) (?:full )?(?:corrections?|complaints|ethics) (?:policy|policies|procedure)\\b"
            + ".{0,30}\\b(?:here|available|online|at|see|read)\\b");

    /** A helpline box: "If you or someone you know is struggling, call ..." with a number or a line to call. */
    private static final Pattern HELPLINE = Pattern.compile("(?iu)(?:\\bif you,? or someone you know\\b.{0,120}\\b(?:call"
            + "|text|contact|reach out|ring|phone|chat|talk to)\\b|\\bif this (?:story|article|report|piece) (?:has )?"
            + "(?:raised|brought up|affected|upset|distressed|caused)\\b).{0,120}(?:\\d{3}|\\b(?:helpline|hotline|lifeline|"
            + "support line|crisis line|samaritans)\\b)");

    private static final Pattern AD_CUE = Pattern.compile("(?iu)^\\W*(?:advertisement|advertising|ads?|anzeige|"
            + "werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklame|reklama|annons|mainos|"
            + "διαφήμιση|реклама)\\s*[^\\p{L}\\d\\s]{1,3}\\s*(?:[\\p{L}]+\\s+){0,2}?(?:continue|continues|keep|scroll|read on|"
            + "weiter|lesen sie|la suite|sigue|continúa|continua|lees verder|läs vidare|les videre|czytaj dalej|"
            + "leia mais)\\b");

    /**
     * "The article goes on after the ad" in any order and inflection ("Artiklen fortsætter efter annoncen", "Die
     * Geschichte geht nach der Anzeige weiter"): on a short line, a word for an advertisement, a word for going on and
     * a word for after or below; a story's line about advertising ("Advertisement revenue continues to fall") names
     * no place.
     */
    private static final Pattern AD_GOES_ON = Pattern.compile("(?iu)(?=.*\\b(?:advertisement|advert|anzeige|werbung|"
            + "annon[cs]|reklam|mainos|publicid|publicit|pubblicit|advertentie|reclame|hirdet|διαφήμ|реклам))"
            + "(?=.*\\b(?:continu|fortsæt|fortsett|fortsätt|jatk|weiter|sigue|segue|prosegu|verder|dalej|pokrač|folyt"
            + "|συνεχ|продолж))"
            + ".*\\b(?:after|below|beneath|nach|unten|efter|etter|nedenfor|nedan|under|alla|jälkeen|después|debajo|"
            + "abajo|depois|abaixo|après|dessous|dopo|sotto|na|onder|hieronder|po|poniżej|pod|után|alatt|μετά|после|"
            + "ниже)\\b.*");
    private static final int AD_NOTE_WORDS = 8;
    /** The ad words of {@link #AD_GOES_ON}, found by a plain search before the pattern runs. */
    private static final String[] AD_STEMS = {"advert", "anzeig", "werbung", "annonc", "annons", "reklam", "mainos",
        "publicid", "publicit", "pubblicit", "reclame", "hirdet", "διαφήμ", "реклам"};

    /** An ad's label alone, in thirty languages ("Publicitate", "Hirdetés", "Mainos", "광고"). */
    private static final Pattern AD_ALONE = Pattern.compile("(?iu)^\\W*(?:advertisement|advertising|ad|ads|sponsored|"
            + "anzeige|werbung|publicité|publicidad|anuncio|pubblicità|publicidade|publicitat|advertentie|reclame|"
            + "publicitate|reklama|reklame|reklam|reklaam|reklāma|hirdetés|annons|annonce|annonse|mainos|auglýsing|"
            + "διαφήμιση|реклама|оглас|oglas|iklan|quảng cáo|광고|広告|广告|廣告|إعلان|פרסומת|विज्ञापन|โฆษณา)\\W*$");

    /** "Follow us" in its imperative forms in twenty-seven languages, then a network (its name may be inflected). */
    private static final Pattern FOLLOW_US = Pattern.compile("(?iu)(?:\\bfollow us|\\burmări[țt]i-ne|\\burmărește-ne|"
            + "^\\W*urmăre[șs]te\\b|^\\W*urmări[țt]i\\b|"
            + "\\burmăriți|\\bseguici|\\bsíguenos|\\bsigue(?:nos)?|\\bsiga-nos|\\bsigam|\\bsegue-nos|"
            + "\\bobserwuj(?:cie)? nas|\\bsledujte(?: nás)?|\\bsleduj(?:te)?|\\btakip ed(?:in|ebilirsiniz)|\\bikuti kami|"
            + "\\bfolgen sie uns|\\bfolgt uns|\\bfolge uns|\\bsuivez-nous|\\bvolg ons|\\bfölj oss|\\bfølg (?:os|oss)|"
            + "\\bseuraa meitä|\\bακολουθήστε (?:μας|το)|\\bподписывайтесь|\\bподпишитесь|\\bследите за нами|"
            + "\\bпідписуйтесь|\\bпідписуйтеся|\\bпідпишіться|"
            + "\\bстежте за нами|\\btheo dõi|\\bkövessen|\\bkövess minket|\\bpratite nas|\\bsledite nam"
            + "|\\bretrouvez(?:-nous)?|\\bsuivez|\\brejoignez(?:-nous)?|\\bhop onto|^\\W*join us|הצטרפו"
            + "|ติดตาม|关注我们|關注我們|フォローして|팔로우|تابعونا|تابعوا|עקבו אחרינו|फॉलो करें)"
            + ".{0,60}?(?:\\b(?:x|twitter|facebook|instagram|tiktok|youtube|whatsapp|telegram|threads|bluesky|linkedin|"
            + "google news|google discover|zalo|viber|line|kakaotalk|naver|vk|vkontakte|ok\\.ru|dzen)\\p{L}{0,4}\\b"
            // "our networks" standing for them
            + "|\\b(?:nos réseaux|our socials|our social (?:channels|networks|media)|nuestras redes|nossas redes|"
            + "i nostri (?:social|canali))\\b"
            // the networks' names in other scripts, with the article or preposition they take as a prefix
            + "|(?:فيسبوك|فيس بوك|تويتر|تليجرام|تيليجرام|تلغرام|واتساب|انستغرام|إنستغرام|يوتيوب|تيك توك|פייסבוק|טלגרם|"
            + "וואטסאפ|אינסטגרם|יוטיוב|טוויטר|טיקטוק|фейсбук|телеграм|ютуб|вконтакте|инстаграм|тикток))"
            // languages that put the verb last: "Bizi Google News üzerinden takip edin"
            + "|\\b(?:x|twitter|facebook|instagram|tiktok|youtube|whatsapp|telegram|google news|linkedin)\\p{L}{0,4}\\b"
            + ".{0,40}?\\btakip ed(?:in|ebilirsiniz)\\b");

    /** A subscription offer with its price, opening a sentence, in seventeen languages. */
    private static final Pattern OFFER = Pattern.compile("(?iu)(?:^|[.!?:—–] )\\W*(?:subscribe|assine|assina|"
            + "abonnez-vous|abonne-toi|suscr[ií]bete|suscribite|suscríbase|abbonati|abbonarti|abonnieren sie|"
            + "jetzt abonnieren|abonneer|abonneren|subskrybuj|zaprenumeruj|předplaťte|prenumerera|abonner|tilaa|"
            + "abone ol|berlangganan|langganan|đăng ký|become a (?:[\\p{L}-]+ )?(?:member|subscriber|supporter|patron))"
            + "\\b.{0,80}?(?:[$€£¥₹₱₦]\\s?\\d|\\d[\\d.,]*\\s?(?:[$€£¥₹₱₦]|"
            + "euros?|eur|reais|pesos|zł|kč|kr|lei|ft|dollars?|pounds?)(?!\\p{L}))");

    /** A sponsor credited for the issue, the episode or the section. */
    private static final Pattern SPONSORED = Pattern.compile("(?iu)\\b(?:this|today['’]s|this week['’]s|"
            + "this month['’]s|tonight['’]s|the) (?:issue|edition|newsletter|episode|podcast|briefing|section|show|"
            + "series|broadcast|segment) (?:is|was|has been) (?:brought to you|sponsored|supported|presented|powered|"
            + "made possible|underwritten) by\\b");

    private static final String PIECE = "(?:article|story|report|reporting|piece|series|feature|investigation|"
            + "coverage|podcast|episode|newsletter|content|journalism|documentary|special report|interactive)";
    private static final Pattern FUNDING = Pattern.compile("(?iu)\\b(?:(?:this|the) " + PIECE + "|(?:reporting|"
            + "research|travel|coverage) for this " + PIECE + ")\\b (?:was|is|were|has been) (?:[\\p{L}-]+ ){0,2}?"
            + "(?:produced|reported|published|written|made possible|possible|supported|funded|financed|paid for|"
            + "commissioned|created|underwritten)\\b.{0,40}\\b(?:support|funding|grants?|fellowship|partnership|"
            + "collaboration|donations?|contributions?)\\b"
            // reporting funded by its readers
            + "|\\b(?:funded|supported|paid for|made possible|financed|powered|sustained)\\b(?: [\\p{L}-]+){0,2} by "
            + "(?:our |its |the )?"
            + "(?:readers|members|supporters|subscribers|listeners|viewers|people like you|you)\\b"
            // an outlet describing itself as funded by others
            + "|^\\W*\\p{Lu}[\\p{L}\\d.&'’ -]{1,60} (?:is|are) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:news|reporting|"
            + "journalism|media)(?: [\\p{L}-]+)? (?:service|organi[sz]ation|newsroom|outlet|site|publication|project|"
            + "agency|partnership|collaborative|initiative|network)\\b.{0,60}\\b(?:funded|supported|financed|backed|"
            + "paid for)\\b");

    private HouseNotices() {
    }

    /** The rule that names {@code t} (lower-cased {@code lower}) a house notice, or null. */
    /** {@link LineWords}' word lists for the classes below (accents fold: "réagir" is "reagir"). */
    static final String[] COMMENT_WORDS = {"comment", "comentar", "comenta", "kommenta", "reacties", "reakcje",
        "komenta", "yorum", "reagir", "reageren", "kommenter", "kommentoi"};
    static final String[] FOLLOW_WORDS = {"follow us", "urmar", "seguici", "siguenos", "sigue", "siga", "segue",
        "obserwuj", "sleduj", "takip", "ikuti", "folg", "suivez", "volg", "folj", "seuraa", "theo do", "koves",
        "pratite", "sledite", "retrouvez", "rejoignez", "hop onto", "join us"};
    /** Networks, asked only of a line with a verb of following (not one of {@link LineWords}' lists). */
    private static final String[] NETWORKS = {"facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram",
        "google", "zalo", "viber", "kakao", "naver", "vkontakte", "vk.com", "dzen", "twitter", " x ", " x.", " x,",
        " x)", "threads", "bluesky", "linkedin", "ok.ru", "réseaux", "socials", "social channels", "social networks",
        "social media", "redes", "social", "canali"};

    static final String[] ERROR_WORDS = {"error", "mistake", "inaccura", "typo", "correction", "someone you know",
        "if this story", "if this article", "if this report", "if this piece"};
    static final String[] OFFER_WORDS = {"subscri", "assin", "abonn", "suscr", "abbona", "abone", "prenumer",
        "predpla", "subskry", "tilaa", "langganan", "dang ky", "become a"};
    static final String[] SPONSOR_WORDS = {"brought to you by", "sponsored by", "supported by", "presented by",
        "powered by", "possible by", "underwritten by"};
    static final String[] FUNDING_WORDS = {"funded", "funding", "supported", "support from", "with support",
        "grant", "fellowship", "partnership", "collaboration", "made possible", "financed", "paid for", "powered by",
        "sustained by", "underwritten"};

    /**
     * The rule that names {@code t} (lower-cased {@code lower}, with its {@link LineWords} bits) a house notice, or
     * null. Each class's pattern runs only when its words are there; a line in a script other than Latin, which the
     * word gate does not read, tries them all ({@code latin} is {@link #latin}{@code (t)}, asked once per line).
     */
    private static int words(String t) {
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            n += t.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    static String rule(String t, String lower, long words, boolean latin) {
        if (t.length() < 40 && fewWords(t) && AD_ALONE.matcher(t).matches()
                || t.length() < 60 && LinePatterns.mayOpenWith(t, "awprm") && AD_CUE.matcher(t).lookingAt()
                || t.length() < 70 && LineRules.hasAny(lower, AD_STEMS) && words(t) <= AD_NOTE_WORDS
                && AD_GOES_ON.matcher(t).matches()) {
            return "filter.ad-label";
        }
        if (t.length() > MAX) {
            return null;
        }
        boolean all = !latin;
        if ((all || (words & LineWords.NOTICE_COMMENTS) != 0) && !LineRules.hasDigit(t)
                && COMMENTS.matcher(t).find()) {
            return "filter.comments";
        }
        if (t.length() < 200 && (all || (words & LineWords.NOTICE_FOLLOW) != 0 && namesANetwork(t, lower))
                && FOLLOW_US.matcher(t).find()) {
            return "filter.follow";
        }
        if (all || (words & LineWords.NOTICE_ERRORS) != 0) {
            if (CORRECTIONS.matcher(t).find()) {
                return "filter.corrections-notice";
            }
            if (HELPLINE.matcher(t).find()) {
                return "filter.crisis-line";
            }
        }
        if (t.length() < 200 && (all || (words & LineWords.NOTICE_OFFER) != 0) && OFFER.matcher(t).find()) {
            return "filter.offer";
        }
        if ((all || (words & LineWords.NOTICE_SPONSOR) != 0) && SPONSORED.matcher(t).find()) {
            return "filter.sponsor";
        }
        return (all || (words & LineWords.NOTICE_FUNDING) != 0) && FUNDING.matcher(t).find()
                ? "filter.funding-credit" : null;
    }

    /** Two words or fewer (an ad's label alone: "Quảng cáo", "Publicitate"). */
    private static boolean fewWords(String t) {
        int spaces = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ' ' && ++spaces > 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesANetwork(String t, String lower) {
        for (String n : NETWORKS) {
            if (lower.contains(n)) {
                return true;
            }
        }
        return t.contains("LINE") || lower.endsWith(" x");
    }

    /** Whether every letter of {@code t} is Latin (the word gate's script). */
    static boolean latin(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x0370 && Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
