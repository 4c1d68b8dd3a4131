package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance words {@link WideWords} reads in a run of wide characters, and the words it reads past whole. */
class WideWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "受贿罪名成立 | convicted",
        "受贿罪名不成立 | acquitted",
        "警方拘捕一名男子 | arrested",
        "尚未确认 | not confirmed",
        "近年来人数不断增加 | ''",
        "在未来五年 | ''",
        "13日未明に | ''",
        "18歳未満の | ''",
        "原因はまだ分かっていない | not",
        "殺人未遂の疑いで逮捕 | suspected arrested",
        "사퇴하지 않겠다 | not",
    })
    void readsTheStanceOfARun(String text, String expected) {
        String[] hedges = WideWords.hedges(Tokenizer.of(text));
        String read = hedges == null ? "" : String.join(" ", Arrays.stream(hedges).filter(Objects::nonNull).toList());
        assertThat(read).as(text).isEqualTo(expected);
    }
}
