package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stamp of how long ago the page was updated ("Updated 12 minutes ago") moves on every fetch and never alerts, in
 * any language CLDR writes relative times in; the article's own figures in a line of the same length still do.
 * Written before the rule (session 18), in our own wording and in languages the corpora that showed the class
 * (volatile-batch66, -67) do not use.
 */
class RelativeTimeStampTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zaktualizowano 12 minut temu | Zaktualizowano 2 godziny temu",
        "Güncellendi 25 dakika önce | Güncellendi 3 saat önce",
        "Imesasishwa dakika 12 zilizopita | Imesasishwa saa 2 zilizopita",
        "Cập nhật 12 phút trước | Cập nhật 2 giờ trước",
        "Diperbarui 12 menit yang lalu | Diperbarui 2 jam yang lalu",
        "Ενημερώθηκε πριν από 12 λεπτά | Ενημερώθηκε πριν από 2 ώρες",
        "अपडेट 12 मिनट पहले | अपडेट 2 घंटे पहले",
        "更新 12分前 | 更新 2時間前",
        "12분 전 업데이트 | 2시간 전 업데이트",
        "Päivitetty 12 minuuttia sitten | Päivitetty 2 tuntia sitten",
        "Оновлено 12 хвилин тому | Оновлено 2 години тому",
    })
    void anUpdateStampMovingOnIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ratownicy odnaleźli 12 ocalałych. | Ratownicy odnaleźli 14 ocalałych.",
        "Yangında 25 kişi yaralandı. | Yangında 31 kişi yaralandı.",
        "Watu 12 wamefariki dunia. | Watu 19 wamefariki dunia.",
    })
    void theArticlesOwnFiguresStillAlert(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
