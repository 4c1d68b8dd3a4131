package org.claimwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits and pointers of the page rather than the story: a data widget's credit or disclaimer ("Market data provided
 * by ...", "Map data ... may not be current"), a photographer's credit closing a Chinese caption ("记者 李明 摄"), a
 * Japanese paywall's characters left and a newsletter sign-up in Japanese, Korean and Chinese, and a "watch the
 * video:" pointer in eighteen languages. Callers pass lines that quote no one. Pure.
 */
final class PageCredits {

    private static final Pattern DATA_CREDIT = Pattern.compile("(?iu)^\\W*(?:(?:market|map|weather|election|traffic|"
            + "stock|price|outage|live|chart|poll)\\s+)?(?:data|quotes?|maps?|charts?|graphics?|figures|forecasts?|odds|"
            + "scores?)\\s+(?:is\\s+|are\\s+)?(?:provided|supplied|powered|delivered|sourced|courtesy)\\s+(?:by|of)\\b"
            + "|\\b(?:data|maps?|figures|quotes|charts?)\\b.{0,80}\\b(?:may|might) (?:not be (?:current|accurate|"
            + "up to date|up-to-date|real-time|complete)|lag behind)\\b");

    /** A currency board: three quotes or more of a currency's code and its rate ("USD 449,87 ₸ EUR 483,12 ₸ ..."). */
    private static final Pattern CURRENCY_QUOTE = Pattern.compile("(?<![\\p{L}])(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|UAH|KZT|"
            + "PLN|CZK|HUF|RON|TRY|INR|PKR|BRL|ARS|MXN|ZAR|NGN|KES|AUD|CAD|SGD|MYR|IDR|BGN|RSD)\\s*[:=]?\\s*\\d");

    /** A photographer's credit with the outlet: "— Photo by Amir Siddiqui / Karachi Evening Post". */
    private static final Pattern PHOTO_BY = Pattern.compile("(?iu)^\\W*(?:photo(?:graph)?|picture|image|foto|fotografía|"
            + "zdjęcie|фото)\\s+(?:by|de|von|di|od|:)\\s*[\\p{L}.'’ -]{2,40}\\s*[/|–—]\\s*[\\p{L}.'’& -]{2,50}\\W*$");

    /** Tags under their label, in twenty languages: "Mots-clés : Élections, Dakar, Budget 2025". */
    private static final Pattern TAGS = Pattern.compile("(?iu)^\\W*(?:tags?|topics?|mots-clés|mots clés|thèmes|"
            + "etiquetas|temas|schlagw[öo]rter|stichw[öo]rter|themen|argomenti|palavras-chave|assuntos|trefwoorden|"
            + "onderwerpen|tagi|tematy|štítky|témata|etiketler|konular|címkék|taggar|emneord|avainsanat|теги|тэги|"
            + "ετικέτες|وسوم|תגיות)\\s*[:：]\\s*[^,.!?;|]{1,40}(?:\\s*[,|·]\\s*[^,.!?;|]{1,40}){1,15}\\s*$");

    /** A Chinese caption closed by its photographer's credit. */
    private static final Pattern CJK_PHOTO = Pattern.compile("(?:记者|記者|摄影|攝影|通讯员|通訊員)\\s*[\\p{IsHan}·]{2,4}"
            + "(?:\\s+[\\p{IsHan}·]{2,4})?\\s*(?:摄|攝)\\s*[)）]?\\s*$");

    private static final Pattern CJK_PAYWALL = Pattern.compile("残り[\\d,，]+文字|有料記事|この記事は(?:有料|会員)"
            + "|유료\\s?기사|付费(?:文章|阅读)|會員專屬");

    private static final Pattern CJK_NEWSLETTER = Pattern.compile("ニュースレター.{0,40}(?:登録|配信|お届け)"
            + "|뉴스레터.{0,30}(?:구독|신청)|订阅.{0,20}(?:简报|电子报|新闻信|newsletter)|電子報.{0,20}訂閱|訂閱.{0,20}電子報");

    private static final Pattern WATCH = Pattern.compile("(?iu)^\\W*(?:watch(?: the)? video|watch|video|vídeo|vidéo|"
            + "assista(?: ao vídeo)?|veja(?: o vídeo)?|mira(?: el video)?|ver (?:el )?vídeo|guarda(?: il video)?|"
            + "regardez(?: la vidéo)?|voir la vidéo|video ansehen|bekijk(?: de video)?|obejrzyj(?: wideo)?|izle|"
            + "ดูวิดีโอ|ดูคลิป|视频|視頻|動画|영상|वीडियो देखें|वीडियो|видео|відео)\\s*[:：|]\\s*\\S");

    /** {@link LineWords}' word list for {@link #DATA_CREDIT}. */
    static final String[] DATA_WORDS = {"provided", "supplied", "powered", "delivered", "sourced", "courtesy",
        " not be ", "lag behind"};

    private PageCredits() {
    }

    private static boolean currencyBoard(String t) {
        Matcher m = CURRENCY_QUOTE.matcher(t);
        int quotes = 0;
        while (m.find()) {
            quotes++;
        }
        return quotes >= 3;
    }

    /** A weather strip: two temperature readings or more between two separators or more ("24°C | Light rain · ..."). */
    private static boolean weatherStrip(String t) {
        int degrees = 0;
        int separators = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '°' && i > 0 && Character.isDigit(t.charAt(i - 1))) {
                degrees++;
            } else if (c == '|' || c == '·') {
                separators++;
            }
        }
        return degrees >= 2 && separators >= 2;
    }

    /** Whether {@code t} holds a Chinese, Japanese or Korean character (the CJK patterns' cheap first test). */
    private static boolean hasCjk(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x3040 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xFF00 && c <= 0xFFEF) {
                return true;
            }
        }
        return false;
    }

    /** The rule that names {@code t} a page credit or pointer, or null; {@code latin} is {@link HouseNotices#latin}. */
    static String rule(String t, long words, boolean latin) {
        if (t.length() < 160 && ((words & LineWords.NOTICE_DATA) != 0 || !latin)
                && DATA_CREDIT.matcher(t).find()) {
            return "filter.credit";
        }
        if (t.length() < 200 && (t.contains("USD") || t.contains("EUR")) && currencyBoard(t)) {
            return "filter.widget";
        }
        if (t.length() < 120 && LinePatterns.mayOpenWith(t, "pifz") && PHOTO_BY.matcher(t).matches()) {
            return "filter.credit";
        }
        if (t.length() < 300 && t.indexOf(':') > 0 && t.indexOf(':') < 16 && LinePatterns.mayOpenWith(t, "acekmopst")
                && TAGS.matcher(t).matches()) {
            return "filter.tags";
        }
        if (t.length() < 200 && weatherStrip(t)) {
            return "filter.widget";
        }
        if (hasCjk(t)) {
            if (t.length() < 200 && CJK_PHOTO.matcher(t).find()) {
                return "filter.caption";
            }
            if (t.length() < 80 && CJK_PAYWALL.matcher(t).find()) {
                return "filter.paywall";
            }
            if (t.length() < 120 && CJK_NEWSLETTER.matcher(t).find()) {
                return "filter.newsletter";
            }
        }
        return t.length() < 150 && LinePatterns.mayOpenWith(t, "abgimorvw") && WATCH.matcher(t).lookingAt()
                ? "filter.pointer" : null;
    }
}
