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
 *   support, a grant or a partnership, and an outlet describing itself as a reporting service funded by others.</li>
 * </ul>
 * Callers pass lines that quote no one; a comment notice that counts something is news about comments. Pure.
 */
final class HouseNotices {

    private static final int MAX = 260;

    private static final String COMMENT_NOUN = "(?:comments?|commenting|commentaires?|comentarios?|comentários?|"
            + "comentaris|commenti|kommentare?n?|kommentieren|kommentarer|kommentit|reacties|reakcje|komentarze|"
            + "komentáře|yorumlar|σχόλια|комментарии|коментарі)";

    /** Who may comment: a reader's standing, or signing in. */
    private static final String ACCESS = "(?:\\b(?:open|available|reserved|restricted|limited|only|exclusive\\w*|"
            + "réservés?|reservados?|riservati|vorbehalten|alleen|apenas|solo|sólo|nur)\\b.{0,40}\\b(?:subscri\\w*|members?|"
            + "registered|abonn\\w*|suscriptor\\w*|assinantes?|abbonati|leden|premium)\\b|\\b(?:sign|log)(?:ged)? in\\b|"
            + "\\banmelden\\b|\\bconnecte[zr]\\b|\\binicia(?:r)? sesión\\b|\\bfaça login\\b|\\baccedi\\b)";
    /** The section's state. */
    private static final String STATE = "(?:\\b(?:closed|disabled|turned off|moderated|modérés|fermés|désactivés|"
            + "moderados|cerrados|encerrados|moderati|chiusi|moderiert|geschlossen|deaktiviert|gemodereerd|gesloten)\\b)";
    /** Whose the comments are: their authors', not the house's. */
    private static final String OWNERSHIP = "(?:\\b(?:responsib\\w*|responsabil\\w*|verantwort\\w*|n['’]engagent|"
            + "opini\\w*|views?|meinung|mening|punto di vista|point of view|standpunt)\\b.{0,80}\\b(?:authors?|"
            + "auteurs?|autores|autori|verfasser\\w*|schrijvers?|posters?|people who post\\w*|readers|leitores|lectores|"
            + "lettori|lecteurs|users|usuarios|usuários|utenti|site|website|sitio|portal|page|newspaper|publication|"
            + "editors?|editorial|rédaction|redaktion|redactie|redacción|redação|redazione|testata|medio|jornal|"
            + "periódico|giornale|zeitung|krant|outlet)\\b)";
    private static final Pattern COMMENTS = Pattern.compile("(?iu)\\b" + COMMENT_NOUN + "\\b.{0,120}(?:" + ACCESS
            + "|" + STATE + "|" + OWNERSHIP + ")|^\\W*(?:" + ACCESS + ")\\W.{0,30}\\b" + COMMENT_NOUN + "\\b");

    private static final Pattern AD_CUE = Pattern.compile("(?iu)^\\W*(?:advertisement|advertising|ads?|anzeige|"
            + "werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklame|reklama|annons|mainos|"
            + "διαφήμιση|реклама)\\s*[^\\p{L}\\d\\s]{1,3}\\s*(?:[\\p{L}]+\\s+){0,2}?(?:continue|continues|keep|scroll|read on|"
            + "weiter|lesen sie|la suite|sigue|continúa|continua|lees verder|läs vidare|les videre|czytaj dalej|"
            + "leia mais)\\b");

    private static final String PIECE = "(?:article|story|report|reporting|piece|series|feature|investigation|"
            + "coverage|podcast|episode|newsletter|content|journalism|documentary|special report|interactive)";
    private static final Pattern FUNDING = Pattern.compile("(?iu)\\b(?:(?:this|the) " + PIECE + "|(?:reporting|"
            + "research|travel|coverage) for this " + PIECE + ")\\b (?:was|is|were|has been) (?:[\\p{L}-]+ ){0,2}?"
            + "(?:produced|reported|published|written|made possible|possible|supported|funded|financed|paid for|"
            + "commissioned|created|underwritten)\\b.{0,40}\\b(?:support|funding|grants?|fellowship|partnership|"
            + "collaboration|donations?|contributions?)\\b"
            // an outlet describing itself as funded by others
            + "|^\\W*\\p{Lu}[\\p{L}\\d.&'’ -]{1,60} (?:is|are) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:news|reporting|"
            + "journalism|media)(?: [\\p{L}-]+)? (?:service|organi[sz]ation|newsroom|outlet|site|publication|project|"
            + "agency|partnership|collaborative|initiative|network)\\b.{0,60}\\b(?:funded|supported|financed|backed|"
            + "paid for)\\b");

    private HouseNotices() {
    }

    /** The rule that names {@code t} (lower-cased {@code lower}) a house notice, or null. */
    static String rule(String t, String lower) {
        if (t.length() > MAX) {
            return null;
        }
        if (t.length() < 60 && AD_CUE.matcher(t).find()) {
            return "filter.ad-label";
        }
        if (mayBeComments(lower) && !counts(t) && COMMENTS.matcher(t).find()) {
            return "filter.comments";
        }
        if ((lower.contains("fund") || lower.contains("grant") || lower.contains("support") || lower.contains("possible")
                || lower.contains("financ") || lower.contains("paid for") || lower.contains("partnership")
                || lower.contains("fellowship") || lower.contains("underwritten")) && FUNDING.matcher(t).find()) {
            return "filter.funding-credit";
        }
        return null;
    }

    private static boolean mayBeComments(String lower) {
        return lower.contains("comment") || lower.contains("comentar") || lower.contains("comentá") || lower.contains("kommenta")
                || lower.contains("reacties") || lower.contains("reakcje") || lower.contains("komentá")
                || lower.contains("komentarz") || lower.contains("yorum") || lower.contains("σχόλια")
                || lower.contains("коммента") || lower.contains("комента");
    }

    private static boolean counts(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
