package org.claimwatch.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full stops of more scripts (Ethiopic "።", Armenian "։", Myanmar "။"), and Thai, Lao and Khmer, which end a
 * sentence with no mark at all: a sentence in them asserts, it is no fragment. Our own wording, written before the
 * fix (from misses of the tune corpora volatile-batch57 and -59).
 */
class ClaimShapeFullStopsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ፖሊስ ሦስት ተጠርጣሪዎችን በቁጥጥር ስር አውሏል።",
        "Ոստիկանությունը ձերբակալել է երեք կասկածյալի։",
        "ရဲတပ်ဖွဲ့သည် သံသယရှိသူ သုံးဦးကို ဖမ်းဆီးခဲ့သည်။",
        "ตำรวจจับกุมผู้ต้องสงสัยสามคนที่สถานีขนส่ง",
    })
    void aSentenceOfTheseScriptsIsAClaim(String sentence) {
        assertThat(ClaimShape.of(sentence)).as(sentence).isEqualTo(ClaimShape.Shape.CLAIM);
    }
}
