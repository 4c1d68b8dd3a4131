package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;

import static org.assertj.core.api.Assertions.assertThat;

/** Article pages in legacy encodings with no charset in HTTP or meta decode as written, not as windows-1252. */
class CharsetSnifferDetectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Big5|颱風來襲，氣象局發布海上警報，預計明天清晨登陸台灣東部。",
        "GB2312|国家统计局今天发布数据，第三季度国内生产总值同比增长百分之四点九。",
        "Shift_JIS|気象庁によると、台風は明日の朝に九州南部に上陸する見込みです。",
        "EUC-JP|政府は来年度の予算案を閣議決定し、防衛費は過去最大となった。",
        "EUC-KR|기상청은 내일 오후부터 전국에 많은 비가 내릴 것으로 예상된다고 밝혔다.",
        "KOI8-R|В Москве из-за сильного снегопада отменены более ста рейсов.",
        "windows-1251|Правительство одобрило законопроект о поддержке малого бизнеса.",
    })
    void undeclaredLegacyPagesDecodeAsWritten(String charset, String sentence) {
        String page = "<html><head><title>t</title></head><body><p>" + sentence + "</p></body></html>";
        assertThat(CharsetSniffer.decode(page.getBytes(Charset.forName(charset)), null)).isEqualTo(page);
    }
}
