package org.claimwatch.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripts without case (Arabic, Hebrew, Devanagari, Han): a sentence that ends like one is a claim, not a title-case
 * headline; a line without a full stop stays a fragment. Written after the rule (session 14): before it every Arabic
 * sentence read as a headline, so its edits never alerted.
 */
class ClaimShapeScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "قال وزير النقل إن الطريق السريع سيفتح أمام السيارات في نهاية الشهر المقبل.",
        "שר האוצר אמר כי הגירעון יירד לשלושה אחוזים בשנה הבאה.",
        "परिवहन मंत्री ने कहा कि नया पुल अगले महीने खुल जाएगा।",
        "市政府表示，新的地铁线路将于明年年底通车。",
    })
    void aSentenceInACaselessScriptIsAClaim(String sentence) {
        assertThat(ClaimShape.of(sentence)).isEqualTo(ClaimShape.Shape.CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京 空气质量 86 良", "أسعار العملات اليوم", "मौसम दिल्ली 31°C"})
    void aLineWithoutAStopStaysAFragment(String line) {
        assertThat(ClaimShape.of(line)).isNotEqualTo(ClaimShape.Shape.CLAIM);
    }
}
