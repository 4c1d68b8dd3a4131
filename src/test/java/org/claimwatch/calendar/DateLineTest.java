package org.claimwatch.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines that are only a date, in scripts beyond the Latin one, and lines of figures that only look like one. */
class DateLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Пятница, 3 января 2025", "Дүйсенбі, 3 наурыз 2025 жыл", "პარასკევი, 7 მარტი 2025",
        "Ուրբաթ, 7 մարտի 2025", "יום שישי, 7 במרץ 2025", "الجمعة 7 مارس 2025", "शुक्रवार, 7 मार्च 2025",
        "2025年3月7日（金）", "2025年3月7日 星期五 14:05", "2025년 3월 7일 금요일", "วันศุกร์ที่ 7 มีนาคม 2568",
        "Miercuri, 12 iunie 2024, 17:02", "Thứ Tư, 12/6/2024, 17:02 (GMT+7)",
        "Dakar, lundi 14 avril 2025", "Ciudad de México, martes 14 de mayo de 2024", "Talata, 15 ga Afirilu, 2025",
        "ሰኞ ሚያዝያ 6 ቀን 2017 ዓ.ም",
    })
    void aDateAloneIsOne(String line) {
        assertThat(DateLine.is(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "January 612 1.21", "يناير 612 1.21", "March 2025 revenue 4,500", "Суд назначен на 3 марта 2025 года.",
        "Inici de les obres: 3 de març", "2025年3月7日に判決が出た",
        "Polls close in Lagos, Friday 7 March 2025", "Lagos police, Friday 7 March 2025",
    })
    void figuresOrWordsBesideADateAreNot(String line) {
        assertThat(DateLine.is(line)).as(line).isFalse();
    }
}
