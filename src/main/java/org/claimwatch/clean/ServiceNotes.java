package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * The outlet's services and notes around an article, in the languages the other line rules read: translation notes,
 * crisis lines, journalists' bios, player labels, promotions of podcast and app platforms and of messaging channels,
 * sponsor labels, donation and print offers, comment counters, agency credits, betting odds. Each is a class of
 * phrasing, found only in a short line and behind its class's words. Pure.
 */
final class ServiceNotes {

    /** The words each class's lines hold, one of them at least (lower case; {@link LineWords} finds them in one pass). */
    static final String[] TRANSLATION_WORDS = {"translat", "tradu", "übersetz", "vertaal", "originally", "first pub",
        "first appeared",
        "first appeared", "first published"};
    static final String[] CRISIS_WORDS = {"affected by", "lifeline", "samaritans", "crisis", "suicid", "seelsorge", "self-harm",
        "mental health", "emotional support", "telefono amico", "cvv", "zelfmoord", "113", "116 123", "3114"};
    static final String[] BIO_WORDS = {"es periodista", "es redactor", "es corresponsal", "es reporter",
        "es editor", "es columnista", "est journaliste", "est rédact", "est correspondant", "est chroniqu",
        "ist redakteur", "ist korrespondent", "ist journalist", "ist reporter", "è giornalista", "è redatt",
        "è corrispondente", "è inviat", "é jornalista", "é repórter", "é redator", "é correspondente",
        "é colunista", "is verslaggever", "is redacteur", "is correspondent", "is journalist", "| periodista",
        "| journaliste", "| redakteur", "| giornalista", "| jornalista", "| repórter", "| verslaggever", "| reporter",
        "| correspondent", "– periodista", "— periodista", "periodista de", "periodista del", "journaliste au",
        "journaliste à", "redakteur im", "redakteurin im", "giornalista della", "giornalista del", "jornalista da",
        "jornalista do", "verslaggever bij", "reporter at", "reporter for", "correspondent for", "correspondent at"};
    static final String[] PLAYER_WORDS = {"watch", "video", "vídeo", "vidéo", "assista", "mira", "regardez",
        "guarda", "kijk", "sehen sie", "duration", "length", "durée", "duración", "dauer", "durata", "duração",
        "duur", "continues below", "nach der anzeige", "nach der werbung", "publicité", "anuncio", "pubblicità",
        "advertentie", "lesedauer", "lesezeit", "temps de lecture", "tiempo de lectura", "tempo di lettura",
        "tempo de leitura", "leestijd"};
    static final String[] PROMOTION_WORDS = {"podcast", "spotify", "app store", "google play", "wherever you",
        "get the", "get our", "download the", "download our", "install the", "install our", "try the", "try our",
        "whatsapp", "telegram", "viber", "scarica", "descarga", "baixe", "baixa", "téléchargez", "télécharger",
        "laden sie", "download de", "new episode", "our daily", "our weekly", "our monthly", "more news", "more stories", "more coverage", "mais notícias",
        "mais informações", "mais vídeos", "más noticias", "más información", "plus d'actualités", "plus d’actualités",
        "plus d'infos", "mehr nachrichten", "mehr news", "mehr meldungen", "altre notizie", "tutte le notizie",
        "meer nieuws"};
    static final String[] AD_LABEL_WORDS = {"continu", "weiterlesen", "sigue leyendo", "lees verder", "la suite"};
    static final String[] PITCH_WORDS = {"abonnent", "abonné", "abbonato", "assinante", "abonnee", "keep reading",
        "survey", "visit our", "coverage is free", "tax-deductible", "notice", "formerly known", "by ai", "with ai", "using ai", "use ai", "artificial intelligence",
        "ai tool", "use of ai", "por ia", "con ia", "par l'ia", "par l’ia", "mit ki", "durch ki", "con l'ia", "com ia", "met ai",
        "aktuell", "out of date", "no longer", "à jour", "actualizad", "aggiornat", "desatualizad", "actueel",
        "d'actualité", "vigente", "paid ", "presented by", "brought to you", "sponsored ", "studio",
        "newsroom", "news staff", "editorial staff", "readers like you", "chip in", "give today", "donate today",
        "donate now", "matched", "free to read", "keep it", "journalism costs", "premium ", "founding ", "paying "};
    static final String[] OFFER_WORDS = {" a week", " a month", " a year", " per week", " per month", " per year",
        "/week", "/month", "/year", " each week", " each month", " par mois", " par semaine", " al mes", " por mes",
        " por semana", " pro monat", " pro woche", " al mese", " per mese", " por mês", " ao mês", " im monat",
        " per maand", "monat für", "month for", "months for", "mois pour", "mes por", "meses por", "mese per",
        "mês por", "maand voor"};
    static final String[] COMMENT_WORDS = {"comment", "reaction", "reacties", "kommentar", "replies", "responses"};
    static final String[] CREDIT_WORDS = {"foto", "photo", "bild", "beeld", "image", "imagen", "immagine", "crédito",
        "credit", "编辑", "編集", "记者", "記者", "来源", "來源", "出典", "odds", "draw", "版权", "版權", "未经许可", "未經許可", "無断", "有料会員", "会員限定", "会員登録", "続きを読む", "付费",
        "订阅", "會員"};

    private static final String LANGUAGES = "(?:english|spanish|french|german|italian|portuguese|dutch|arabic|"
            + "chinese|russian|ukrainian|japanese|korean|polish|turkish|hindi|catalan|greek|hebrew|persian)";

    /**
     * A pitch for news by text message, in any language: a keyword in capitals, a short word and a short code ("Text
     * ALERTS to 55019", "envía NOTICIAS al 30300"); a year is no short code.
     */
    private static final Pattern SMS_CODE = Pattern.compile("\\b\\p{Lu}{3,}\\b\\s+(?:\\p{Ll}{1,3}\\s+){1,2}(?!(?:19|20)\\d\\d\\b)"
            + "\\d{4,6}\\b");
    private static final int SMS_MAX = 200;

    /** Whether {@code t} asks the reader to text a keyword to a short code for news. */
    static boolean isSmsPitch(String t) {
        return t.length() <= SMS_MAX && LineRules.hasDigit(t) && SMS_CODE.matcher(t).find()
                && !ReportedSpeech.attributes(t);
    }

    /** A note that the text was translated or first published elsewhere, in seven languages. */
    private static final Pattern TRANSLATED = Pattern.compile("(?iu)\\b(?:this|the) (?:article|story|text|piece|"
            + "interview|report|column|essay)\\b[^.]{0,60}\\b(?:translated|(?:first|originally) (?:appeared|"
            + "published|written) in " + LANGUAGES + ")\\b|^\\W*(?:translated|translation) (?:from|by)\\b|\\boriginally "
            + "(?:published|written|appeared) in " + LANGUAGES + "\\b"
            // a line that opens by saying where or in what language this article first ran, whatever follows "in"
            + "|^\\W*this (?:article|story|piece|text|interview|column|essay)\\b[^.]{0,20}?\\b(?:first|originally) "
            + "(?:appeared|published|written|ran) (?:in|on|by|at)\\b"
            + "|\\b(?:cet|cette|ce) (?:article|texte|entretien|tribune|reportage)\\b[^.]{0,60}\\btradui"
            + "|\\b(?:este|esta) (?:artículo|texto|entrevista|nota|reportaje)\\b[^.]{0,80}\\btraduc"
            + "|\\b(?:dieser|diese|der) (?:artikel|text|beitrag)\\b[^.]{0,60}übersetzt"
            + "|\\baus dem (?:englischen|französischen|spanischen|italienischen|russischen|amerikanischen|"
            + "niederländischen|ukrainischen) übersetzt"
            + "|\\bquest[o'] ?(?:articolo|testo|intervista)\\b[^.]{0,60}\\btradott"
            + "|\\b(?:este|esta) (?:artigo|texto|reportagem|entrevista)\\b[^.]{0,60}\\btraduzid"
            + "|\\b(?:dit|deze) (?:artikel|tekst|stuk|interview)\\b[^.]{0,100}\\bvertaald"
            + "|^\\W*(?:traduit (?:de|par)|traducción (?:de|del)|übersetzung\\s*:|traduzione (?:di|a cura)|"
            + "tradução\\s*:|vertaling\\s*:)");

    /** Crisis lines address the reader ("If you ...", "Anyone affected ...") ... */
    private static final Pattern READER = Pattern.compile("(?iu)\\b(?:if you|anyone|you or someone you know|si vous|si usted|si tú|si tu|"
            + "wenn sie|wenn du|falls sie|se sei|se você|se hai|als u|als je|heeft u|heb je)\\b");
    /** ... tell them to call ... */
    private static final Pattern CALL = Pattern.compile("(?iu)\\b(?:call|text|ring|contact|phone|reach|appelez|"
            + "contactez|composez|llame|llama|contacta|rufen|wählen|wenden sie|chiama|contatta|ligue|bel|neem contact)");
    /** ... a line for people in crisis. */
    private static final Pattern CRISIS = Pattern.compile("(?iu)lifeline|samaritans|crisis|seelsorge|suicid|"
            + "self-harm|mental health|emotional support|prévention du suicide|prevención del suicidio|telefono amico|"
            + "cvv\\b|zelfmoord|113\\b|\\b988\\b|116 ?123|3114");

    /** A journalist's bio in another language: "Marta Ibáñez es periodista de ...". */
    private static final Pattern BIO = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?: (?:(?:de|van|der|den|da|di|del|della|"
            + "von|le|la|dos|das|du|ten|ter) )*\\p{Lu}[\\p{L}.'’-]+){0,3} (?:es|est|ist|è|é|is) "
            + "(?:(?:un|una|une|ein|eine|uno|um|uma|een) )?(?i:periodista|redactora?|corresponsal|reportera?|"
            + "editora?|columnista|journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|reporter(?:in)?|"
            + "redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|giornalista|redatt(?:ore|rice)|"
            + "corrispondente|inviat[oa]|jornalista|repórter|redator[a]?|correspondente|colunista|verslaggever|"
            + "redacteur|correspondent)\\b");

    /** A player's label before its title ("WATCH: ...", "Assista: ...") or its length alone ("Duration 2:14"). */
    private static final Pattern PLAYER = Pattern.compile("(?iu)^\\W*(?:watch|video|vídeo|vidéo|assista|mira|"
            + "regardez|guarda|kijk|sehen sie|ver vídeo|watch now)\\s*[:|]\\s*.{0,150}|^\\W*(?:video )?(?:duration|"
            + "length|durée|duración|dauer|durata|duração|duur|video length)\\s*:?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\W*");

    /** Platforms a podcast or an app is offered on; a group counts once ("iOS and Android"). */
    private static final Pattern[] PLATFORMS = {Pattern.compile("(?iu)apple podcasts|itunes"),
        Pattern.compile("(?iu)spotify"), Pattern.compile("(?iu)google podcasts"), Pattern.compile("(?iu)youtube music"),
        Pattern.compile("(?iu)amazon music|audible"), Pattern.compile("(?iu)deezer"), Pattern.compile("(?iu)pocket casts"),
        Pattern.compile("(?iu)app store"), Pattern.compile("(?iu)google play")};
    /** "Get the app ...", "Download our app ...": an app's banner. */
    private static final Pattern APP = Pattern.compile("(?iu)^\\W*(?:(?:get|download|install|try) (?:the|our) "
            + "(?:[\\w&'’-]+ ){0,5}app\\b|(?:scarica|descarga|descargá|baixe|baixa|téléchargez|télécharger|laden sie|lade|"
            + "download) (?:l['’]app|la app|o app|o aplicativo|l['’]application|die app|de app)\\b)");
    private static final Pattern OWN = Pattern.compile("(?iu)\\b(?:our|listen|subscribe|download (?:the|our))\\b");
    private static final Pattern WHEREVER = Pattern.compile("(?iu)\\bwherever you (?:get|listen|find)");

    /** A prompt to follow a messaging channel, in seven languages. */
    private static final Pattern CHANNEL = Pattern.compile("(?iu)\\b(?:channel|canal|kanal|canale|kanaal) (?:de |on |"
            + "auf |su |no |op |en )?(?:whatsapp|telegram|signal|viber)\\b|\\b(?:join|follow|participe|entre|siga|únete|"
            + "sigue|seguí|rejoignez|abonnez-vous|folgen sie|segui|iscriviti|volg)\\b[^.]{0,10}\\b(?:channel|canal|kanal|"
            + "canale|kanaal)\\b[^.]{0,40}\\b(?:whatsapp|telegram|viber)\\b"
            // the English verbs as a call: opening the sentence, or with "our" / "us" ("would join a channel" is news)
            + "|(?:(?:^|[.!?:—–]\\s+)\\W*(?:join|follow|subscribe to|sign up for)\\b[^.]{0,40}"
            + "|\\b(?:join|follow|subscribe to|sign up for) (?:our|us)\\b[^.]{0,40}"
            + "|\\b(?:síguenos|sigue|seguí|únete|suscríbete|folgen sie|folge|abonnez-vous|rejoignez|segui|"
            + "iscriviti|siga|entre|volg|abonneer)\\b[^.]{0,40})(?:whatsapp|telegram|signal|viber)[^.]{0,20}\\b(?:channel|"
            + "canal|kanal|canale|kanaal|community|group|grupo|gruppe)");

    /** A pointer to more of the outlet's news ("Veja mais notícias da região no ...", "See more news from ..."). */
    private static final Pattern MORE_NEWS = Pattern.compile("(?iu)^\\W*(?:see|read|find|get) more (?:news|stories|"
            + "coverage) (?:from|on|at|in)\\b|^\\W*(?:veja|leia|confira) mais (?:notícias|informações|vídeos)\\b|"
            + "^\\W*(?:ver|lee|lea) más (?:noticias|información|vídeos)\\b|^\\W*(?:voir|lire) plus d['’](?:actualités|"
            + "informations|infos)\\b|^\\W*mehr (?:nachrichten|news|meldungen) (?:aus|von|zu|auf)\\b|^\\W*(?:leggi|guarda) "
            + "(?:altre|tutte le) notizie\\b|^\\W*(?:meer|bekijk meer) nieuws (?:uit|van|over|op)\\b");

    /** A sponsor's label or a note that the newsroom did not write the text. */
    private static final Pattern SPONSORED = Pattern.compile("(?iu)^\\W*(?:paid (?:post|content|partnership|"
            + "feature)|presented by|brought to you by|sponsored (?:content|post|feature))\\b|\\bour (?:brand|partner|"
            + "content|creative) studio\\b|\\b(?:the )?newsroom (?:was|had) (?:not|no)\\b|\\b(?:editorial|news) "
            + "staff (?:was|were|had) (?:not|no)\\b");

    /** An advertisement's label with its pointer past it ("Pubblicità – continua a leggere sotto"). */
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)^\\W*(?:advertisement|advertising|ad|anzeige|werbung|"
            + "publicité|publicidad|pubblicità|publicidade|advertentie)\\W{0,5}(?:continue reading|weiterlesen|lesen sie "
            + "weiter|la suite|sigue leyendo|continúa|continua a leggere|continue a ler|continua lendo|lees verder)\\b");

    /** A pointer past an advertisement, in seven languages ("Story continues below advertisement"). */
    private static final Pattern PAST_AD = Pattern.compile("(?iu)^\\W*(?:(?:the )?(?:story|article) continues below(?: "
            + "(?:the )?(?:advertisement|ad))?|lesen sie nach der (?:anzeige|werbung) weiter|la suite (?:après|sous) (?:cette |la )?"
            + "publicité|(?:el artículo |la noticia )?continúa (?:después|debajo) del anuncio|continua (?:dopo|sotto) la "
            + "pubblicità|(?:a matéria )?continua (?:após|depois d)o? anúncio|lees verder (?:na|onder) de advertentie)\\W*$");

    /** Reading time in six more languages ("Lesezeit: 4 Min."). */
    private static final Pattern READING_TIME = Pattern.compile("(?iu)^\\W*(?:lesedauer|lesezeit|temps de lecture|tiempo de "
            + "lectura|tempo di lettura|tempo de leitura|leestijd)\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*(?:min\\.?|minuten|minutes|"
            + "minutos|minuti)\\W*$");

    /** "Already a subscriber?" in five more languages. */
    private static final Pattern ALREADY = Pattern.compile("(?iu)\\b(?:bereits|schon) abonnent(?:in)?\\s*\\?|\\bdéjà "
            + "abonné(?:e)?\\s*\\?|\\bsei già abbonato\\s*\\?|\\bjá é assinante\\s*\\?|\\bal abonnee\\s*\\?|^\\W*keep "
            + "reading for [$€£]?\\s?\\d");

    /** A reader survey or a hub of a running story pitched to the reader. */
    private static final Pattern SURVEY_OR_HUB = Pattern.compile("(?iu)\\b(?:take|fill (?:in|out)) (?:our|the) (?:[\\w-]+ )"
            + "{0,2}survey\\b|\\bour survey takes\\b|\\bvisit our [\\w-]+ (?:hub|live page|page)\\b|\\ball our [\\w-]+ "
            + "coverage is free\\b");

    /** A note that the text may be out of date, in seven languages. */
    private static final Pattern DATED = Pattern.compile("(?iu)\\bnicht mehr aktuell\\b|\\bmay be out of date\\b|"
            + "\\bmay no longer be (?:accurate|current|up to date)\\b|\\bn['’]est (?:peut-être )?plus à jour\\b|\\bplus "
            + "d['’]actualité\\b|\\bpuede no estar actualizad|\\bya no (?:es|está) vigente\\b|\\bpotrebbe non essere (?:più )?"
            + "aggiornat|\\bpode (?:não )?estar desatualizad|\\bniet meer actueel\\b");

    /** A public or legal notice set among the news ("PUBLIC NOTICE | CHANGE OF NAME ..."). */
    private static final Pattern NOTICE = Pattern.compile("(?iu)^\\W*(?:public|legal|official) notices?\\b|\\bformerly "
            + "known (?:and addressed )?as\\b");

    /** A disclosure that a machine wrote or summarised the text. */
    private static final Pattern MACHINE_WRITTEN = Pattern.compile("(?iu)\\b(?:this|the) (?:summary|article|story|text|"
            + "translation|report|audio|version)\\b[^.]{0,30}\\b(?:was|is|has been|were) (?:generated|written|produced|created|"
            + "drafted|summari[sz]ed|translated) (?:by|with|using) (?:ai|artificial intelligence|an ai tool|a language model)"
            + "\\b|\\bhow we use (?:ai|artificial intelligence)\\b|\\b(?:generado|generada|elaborado) (?:por|con) (?:ia|"
            + "inteligencia artificial)\\b|\\bgénéré (?:par|avec) (?:l['’])?ia\\b|\\b(?:erstellt|generiert) (?:mit|durch) "
            + "(?:ki|künstlicher intelligenz)\\b|\\bgenerat[oa] (?:con|dall['’]) ?ia\\b|\\bgerad[oa] (?:por|com) ia\\b|"
            + "\\bgegenereerd (?:met|door) ai\\b");

    /** A support line's standard opening ("If you have been affected by any of the issues raised in this story"). */
    private static final Pattern SUPPORT = Pattern.compile("(?iu)\\baffected by (?:any of )?the (?:issues|topics|themes)"
            + " (?:raised |discussed |covered )?in this (?:article|story|report|programme|piece|episode)\\b");

    /** A journalist's name and trade, split by a bar or a dash ("Lucía Paredes | Periodista de la sección ..."). */
    private static final Pattern NAMED_TRADE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}\\s*[|–—]"
            + "\\s*(?iu:periodista|redactora?|reportera?|journaliste|rédact(?:eur|rice)|redakteur(?:in)?|giornalista|"
            + "jornalista|repórter|verslaggever|redacteur|correspondent|correspondente|corresponsal|reporter|journalist)\\b");

    /** A journalist's trade and desk on a line of its own, under the name ("Periodista de la sección Política."). */
    private static final Pattern TRADE_LINE = Pattern.compile("(?iu)^\\W*(?:periodista|redactora?|reportera?|"
            + "journaliste|rédact(?:eur|rice)|redakteur(?:in)?|giornalista|jornalista|repórter|verslaggever|redacteur|"
            + "correspondente?|corresponsal|reporter|journalist|correspondent) (?:de|del|da|do|della|im|in|bij|at|for|au|à|"
            + "en|no|na|nel|nella|van) ");

    /** A podcast's own pitch ("Our daily 20-minute news podcast ... New episodes every weekday"). */
    private static final Pattern PODCAST = Pattern.compile("(?iu)\\bnew episodes? (?:every|each|out)\\b|\\bour (?:daily|"
            + "weekly|monthly) (?:[\\w-]+ ){0,3}(?:podcast|briefing)\\b");

    /** A copyright or a paywall in Chinese or Japanese. */
    private static final Pattern CJK_MACHINERY = Pattern.compile("版权所有|版權所有|未经许可|未經許可|無断(?:転載|複製)|有料会員|"
            + "会員限定|会員登録|続きを読む|付费(?:内容|阅读|会员)|订阅(?:后|以)|會員(?:專屬|限定)");

    /** A donation appeal. */
    private static final Pattern DONATION = Pattern.compile("(?iu)\\breaders like you\\b|\\bchip in\\b|\\bgive "
            + "today\\b|\\bdonate (?:now|today)\\b|\\b(?:gift|donation) (?:will be|is) matched\\b|\\bjournalism is "
            + "free to read\\b|\\bhelp (?:us )?keep it (?:free|that way)\\b|\\bindependent journalism costs\\b"
            + "|\\b(?:paid|premium|founding|paying) (?:subscribers|members) (?:get|receive|can read|will get)\\b"
            + "|\\btax-deductible (?:gift|donation)\\b|\\bhelps? keep (?:our|this|local) (?:reporting|journalism|news) free\\b");

    /** An offer at a price a period, addressed to the reader, for the paper or access to it. */
    private static final Pattern PRICE_A_PERIOD = Pattern.compile("(?iu)\\d+ (?:monat|monate|month|months|mois|mes|meses"
            + "|mese|mesi|mês|maand|maanden|woche|wochen|week|weeks|semaine|semaines) (?:für|for|pour|por|per|voor|à)\\s+"
            + "[$€£]?\\s?\\d+(?:[.,]\\d{2})?|[$€£]\\s?\\d+(?:[.,]\\d{2})?\\s*(?:a|per|/|"
            + "each) (?:week|month|year)|\\d+(?:[.,]\\d{2})?\\s?(?:€|euros?) (?:par|al|por|pro|per|ao|im) (?:mois|mes|"
            + "monat|mese|mês|semaine|semana|woche)");
    private static final Pattern OFFER = Pattern.compile("(?iu)(?=.*\\b(?:you|your|get|enjoy|try|subscribe|join|"
            + "for just|for only|only|lesen sie|sie|vous|lisez|lea|leia|leggi|lees)\\b)(?=.*\\b(?:delivered|digital "
            + "access|subscription|print|paper|edition|unlimited|home delivery|plus-artikel|artikel|articles|abo|"
            + "abonnement|suscripción|assinatura|abbonamento|abonnement)\\b)");

    /** A comment counter alone, or a note that comments are closed. */
    private static final Pattern COMMENTS = Pattern.compile("(?iu)^\\W*(?:comments?|reactions?|reacties|kommentare|"
            + "commentaires|comentarios|commenti|comentários|replies|responses)\\s*\\(\\d+\\)\\W*$|\\b(?:comments?|"
            + "commenting) (?:are|is|has been|have been) (?:now )?(?:closed|disabled|turned off)\\b|\\bles commentaires "
            + "sont (?:fermés|désactivés)|\\bcomentarios (?:están )?(?:cerrados|desactivados)|\\bkommentarfunktion\\b"
            + "[^.]{0,40}\\b(?:geschlossen|deaktiviert)|\\bcommenti (?:sono )?chiusi"
            // comments for subscribers only
            + "|\\b(?:comments?|commenting|kommentare|kommentieren|commentaires|comentarios|commenti|comentários|"
            + "reacties)\\b[^.]{0,50}\\b(?:only|nur|réservés|solo|sólo|apenas|alleen|exclusiv\\w*)\\b[^.]{0,30}"
            + "\\b(?:subscri\\w*|abonn\\w*|suscriptor\\w*|abbonat\\w*|assinantes|members)|\\b(?:comments?|kommentare|"
            + "commentaires)\\b[^.]{0,50}\\b(?:subscribers|abonnenten|abonnés) only\\b");

    /** An agency credit alone: "Bild: APA/HELMUT FOHRINGER", "Foto: dpa/...". */
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\W*(?:fotos?|photos?|bild|beeld|image|imagen|"
            + "immagine|crédito|credit|fotografia)\\s*:\\s*[\\p{L}.'’ &-]{2,40}/[\\p{L}.'’ &-]{2,40}\\W*");

    /** A credit of the reporter, source or editor in a CJK page: "（记者：王小明　责任编辑：李华）". */
    private static final Pattern CJK_CREDIT = Pattern.compile("\\W*[（(]?[^（）()]{0,20}(?:责任编辑|編集|记者|記者|来源|"
            + "來源|出典)\\s*[：:][^（）()]{1,40}[）)]?\\W*");

    /** Betting odds: two or more fractional prices beside "odds" or "draw". */
    private static final Pattern ODDS = Pattern.compile("(?iu)\\b\\d{1,3}/\\d{1,3}\\b.*\\b\\d{1,3}/\\d{1,3}\\b|\\b(?:win|"
            + "draw|empate|nul|unentschieden|pareggio|gelijkspel)\\s+\\d{1,2}\\.\\d{2}\\b.*\\b\\d{1,2}\\.\\d{2}\\b");

    private ServiceNotes() {
    }

    /*
     * Each pattern's own words: every alternative of the pattern holds one of them (lower case), so a line without
     * any cannot match, and the pattern's scan of the line is spared (issue 15: cleaning speed).
     */
    private static final String[] SPONSORED_WORDS = {"paid ", "presented by", "brought to you by", "sponsored ", "studio",
        "newsroom", "staff"};
    private static final String[] DONATION_WORDS = {"readers like you", "chip in", "give today", "donate ", "matched",
        "free to read", "keep ", "journalism costs", "subscribers", "members", "tax-deductible"};
    private static final String[] NOTICE_WORDS = {"notice", "formerly known"};
    private static final String[] ALREADY_WORDS = {"abonnent", "abonné", "abbonato", "assinante", "abonnee", "keep reading"};
    private static final String[] SURVEY_WORDS = {"survey", "visit our", "coverage is free"};
    private static final String[] DATED_WORDS = {"aktuell", "out of date", "no longer be", "à jour", "actualité",
        "actualizad", "vigente", "aggiornat", "desatualizad", "actueel"};
    private static final String[] MACHINE_WORDS = {" ai", "artificial intelligence", "language model", "how we use",
        "generad", "elaborad", "généré", "erstellt", "generiert", "generat", "gerad", "gegenereerd"};
    private static final String[] APP_WORDS = {"app", "aplicativo"};
    private static final String[] PODCAST_WORDS = {"new episode", "our daily", "our weekly", "our monthly"};
    private static final String[] MESSENGER_WORDS = {"whatsapp", "telegram", "signal", "viber"};

    /** Whether {@code t} matches {@code p}, asked only when its lower-cased form holds one of the pattern's words. */
    private static boolean has(String lower, String[] patternWords, Pattern p, String t) {
        return LineRules.hasAny(lower, patternWords) && p.matcher(t).find();
    }

    /**
     * The rule that makes the short line {@code t} (lower-cased {@code lower}) a service note, or null; {@code words}
     * are the line's {@link LineWords} bits: a class's patterns run only when its words are there.
     */
    static String rule(String t, String lower, long words) {
        if ((words & LineWords.TRANSLATION) != 0 && t.length() < 300 && TRANSLATED.matcher(t).find()) {
            return "filter.translation-note";
        }
        if ((words & LineWords.CRISIS) != 0 && t.length() < 300 && (CRISIS.matcher(t).find()
                && READER.matcher(t).find() && CALL.matcher(t).find() || SUPPORT.matcher(t).find())) {
            return "filter.crisis-line";
        }
        if ((words & LineWords.BIO) != 0 && (BIO.matcher(t).lookingAt() || t.length() < 200 && TRADE_LINE.matcher(t).lookingAt())
                || t.length() < 300 && t.indexOf('|') + t.indexOf('–') + t.indexOf('—') > -3 && NAMED_TRADE.matcher(t).lookingAt()) {
            return "filter.author-bio";
        }
        if ((words & LineWords.PLAYER) != 0 && t.length() < 200 && PLAYER.matcher(t).matches()) {
            return "filter.player";
        }
        if ((words & LineWords.PLAYER) != 0 && t.length() < 80 && (PAST_AD.matcher(t).matches()
                || READING_TIME.matcher(t).matches())) {
            return "filter.notice";
        }
        if ((words & LineWords.PROMOTION) != 0 && t.length() < 250) {
            if (isPlatformPromotion(t) || has(lower, APP_WORDS, APP, t) || has(lower, PODCAST_WORDS, PODCAST, t)) {
                return "filter.platforms";
            }
            if (has(lower, MESSENGER_WORDS, CHANNEL, t)) {
                return "filter.channel";
            }
        }
        if ((words & LineWords.PROMOTION) != 0 && t.length() < 160 && MORE_NEWS.matcher(t).find()) {
            return "filter.more-news";
        }
        if ((words & LineWords.AD_LABEL) != 0 && t.length() < 120 && AD_LABEL.matcher(t).find()) {
            return "filter.sponsor-or-appeal";
        }
        if ((words & LineWords.PITCH) != 0 && t.length() < 300) {
            // the gate's word opens all seven patterns; each runs only when one of its own words is there too
            if (has(lower, SPONSORED_WORDS, SPONSORED, t) || has(lower, DONATION_WORDS, DONATION, t)
                    || has(lower, NOTICE_WORDS, NOTICE, t) || has(lower, ALREADY_WORDS, ALREADY, t)
                    || has(lower, SURVEY_WORDS, SURVEY_OR_HUB, t)) {
                return "filter.sponsor-or-appeal";
            }
            if (has(lower, DATED_WORDS, DATED, t) || has(lower, MACHINE_WORDS, MACHINE_WRITTEN, t)) {
                return "filter.standing-note";
            }
        }
        if ((words & LineWords.OFFER) != 0 && t.length() < 250 && PRICE_A_PERIOD.matcher(t).find()
                && OFFER.matcher(t).lookingAt()) {
            return "filter.offer";
        }
        if ((words & LineWords.COMMENTS) != 0 && t.length() < 120 && COMMENTS.matcher(t).find()) {
            return "filter.comments";
        }
        if ((words & LineWords.CREDIT) == 0) {
            return null;
        }
        if (t.length() < 90 && CREDIT.matcher(t).matches() || t.length() < 60 && CJK_CREDIT.matcher(t).matches()) {
            return "filter.credit";
        }
        if (t.length() < 80 && CJK_MACHINERY.matcher(t).find()) {
            return "filter.notice";
        }
        return t.length() < 150 && (lower.contains("odds") || lower.contains("draw")) && ODDS.matcher(t).find()
                ? "filter.odds" : null;
    }

    /**
     * "Wherever you get your podcasts", or two platforms or more in a line that speaks of the outlet's own or asks to
     * listen or subscribe (prose on publishing an app names the stores too).
     */
    private static boolean isPlatformPromotion(String t) {
        if (WHEREVER.matcher(t).find()) {
            return true;
        }
        if (!OWN.matcher(t).find()) {
            return false;
        }
        int n = 0;
        for (Pattern p : PLATFORMS) {
            if (p.matcher(t).find() && ++n >= 2) {
                return true;
            }
        }
        return false;
    }
}
