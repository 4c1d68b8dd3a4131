package org.claimwatch.diff;

import org.claimwatch.claims.WordSearch;

import java.util.regex.Pattern;

/**
 * Recognises an outlet's editorial notes wherever they sit: "Correction:", "Clarification:", "Editor's note:",
 * "Update:", "An earlier version of this article misstated …", "This story has been updated with …", "This article
 * was amended on …", "An article on Tuesday about … misstated …", "(Corrects paragraph 3 …)", "We regret the error".
 * A marker such as "Correction: Nov. 14, 2024" that is a line of its own heads the paragraph after it. Pure.
 */
public final class EditorialNotes {

    private static final String LEAD = "(?iu)^[\\s•*·▪■►–—-]*(?:\\[|\\()?\\s*";
    private static final Pattern LABEL = Pattern.compile(LEAD
            + "(?:corrections?|clarifications?|editor[’']?s[’']?\\s+note|editors[’']\\s+note|note\\s+to\\s+readers"
            + "|correction\\s+appended)\\b[^:\\n]{0,40}[:—–]");
    /** "Update:" / "Updated 14 March:" followed by words, not a timestamp ("Updated 10:32 GMT"). */
    private static final Pattern UPDATE = Pattern.compile(LEAD
            + "(?:update|updated)\\b[^:\\n]{0,30}:\\s+\\p{L}[^\\n]*\\b(?:article|story|report|piece|post|version)\\b");
    private static final WordSearch EARLIER = WordSearch.of(
            "(?iu)\\b(?:an?|the)\\s+(?:earlier|previous|prior|original)\\s+version\\b", "version");
    private static final WordSearch THIS_ARTICLE = WordSearch.of(
            "(?iu)\\b(?:this|the)\\s+(?:article|story|report|piece|post|headline|item)\\s+(?:has\\s+been|had\\s+been|was|is)\\s+"
                    + "(?:(?:updated|edited)\\s+(?:to|with|since|after|throughout|for)\\b"
                    + "|(?:amended|corrected|revised|changed)\\b)",
            "updated", "edited", "amended", "corrected", "revised", "changed");
    private static final Pattern ARTICLE_MISSTATED = Pattern.compile(
            "(?iu)^[\\s•*]*an?\\s+(?:article|story|report|headline|picture\\s+caption|photo\\s+caption|caption|obituary|"
                    + "graphic|chart)\\b[^\\n]{0,200}?\\b(?:misstated|misidentified|misspelled|misquoted|misattributed|"
                    + "incorrectly|wrongly|erroneously|mistakenly)\\b");
    private static final Pattern AGENCY = Pattern.compile(
            "(?iu)^\\s*\\(\\s*(?:corrects|clarifies|updates|refiles|fixes|recasts)\\b");
    private static final WordSearch REGRET = WordSearch.of(
            "(?iu)\\bwe\\s+regret\\s+the\\s+(?:error|errors|mistake)\\b", "regret");

    private EditorialNotes() {
    }

    /** True when the sentence opens or is an editorial note. */
    public static boolean isNote(String sentence) {
        if (sentence.length() < 8) {
            return false;
        }
        if (LABEL.matcher(sentence).lookingAt() || UPDATE.matcher(sentence).lookingAt()
                || ARTICLE_MISSTATED.matcher(sentence).lookingAt() || AGENCY.matcher(sentence).lookingAt()) {
            return true;
        }
        // the notes found anywhere in the sentence: searched only when it has one of their words
        String lower = WordSearch.lowerAscii(sentence);
        return EARLIER.find(sentence, lower) || THIS_ARTICLE.find(sentence, lower) || REGRET.find(sentence, lower);
    }

    /** A marker that is a heading of its own ("Correction: Nov. 14, 2024", "Editor's note"), with the note below. */
    static boolean isHeading(String sentence) {
        String t = sentence.strip();
        if (!LABEL.matcher(t).lookingAt() && !t.matches("(?iu)^(?:correction|clarification|editor[’']?s\\s+note)s?$")) {
            return false;
        }
        String rest = LABEL.matcher(t).replaceFirst("").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= 4 && !rest.endsWith(".")
                || rest.matches("(?iu)^[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\.?$");
    }
}
