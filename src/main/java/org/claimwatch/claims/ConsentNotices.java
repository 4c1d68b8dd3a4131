package org.claimwatch.claims;

import java.util.regex.Pattern;

/**
 * A cookie notice the cleaner left in the text: the word "cookie" (in any language that borrows it, or its names in
 * Korean, Japanese, Persian and Arabic) in a sentence where the site speaks of itself or to its reader ("We and our
 * 214 partners use cookies", "Ce site utilise des cookies", "Мы используем файлы cookie"). News about cookies (a
 * regulator's fine, a browser's plan) has no such voice and stays a claim. Pure.
 */
public final class ConsentNotices {

    /** The word "cookie" in the languages that borrow it, and the names other scripts give it. */
    private static final Pattern COOKIE = Pattern.compile("(?iu)(?<!\\p{L})(?:cookies?|cookie-\\p{L}*)(?!\\p{L})|쿠키|クッキー|کوکی|ملفات تعريف الارتباط");
    /**
     * The site speaking of itself or to its reader in a cookie notice: we, our, you, the site, its partners (a
     * regulator's fine over a cookie banner has none of them).
     */
    private static final Pattern SITE_VOICE = Pattern.compile("(?iu)(?<!\\p{L})(?:we|our|us|you|your|nous|nos|notre|vous"
            + "|votre|wir|unsere?[nmrs]?|ihnen|ihre?[nmrs]?|utilizamos|usamos|nuestr[oa]s?|usted|utilizziamo|usiamo|nostr[oiae]"
            + "|nós|nosso|nossa|você|wij|ons|onze|gebruiken|мы|наш\\p{L}*|вы|ваш\\p{L}*|используем|site|website|sito|sitio"
            + "|seite|webseite|sitio web|сайт\\p{L}*|strona|stronie|witryna|partners?|partenaires|partner|socios|parceiros"
            + "|sivusto|webbplats|hjemmeside|nettsted|사이트|サイト|网站|網站|موقع\\p{L}*)(?!\\p{L})");
    private static final int MAX_NOTICE = 320;

    private ConsentNotices() {
    }

    /** True when {@code sentence} is a cookie notice in the site's own voice. */
    public static boolean is(String sentence) {
        return sentence.length() <= MAX_NOTICE && COOKIE.matcher(sentence).find() && SITE_VOICE.matcher(sentence).find();
    }


}
