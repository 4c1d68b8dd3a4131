package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credits and pointers of the page rather than the story: journalism "powered by" its readers with a membership
 * offer, a data widget's credit and disclaimer, a paywall's "characters left" and a newsletter sign-up in Japanese, a
 * Chinese photo credit, and a "watch the video:" pointer in other languages. Written before the rules (session 16);
 * the wording is ours, the classes are what the tune pages leaked (pages-batch36 and 41).
 */
class CleanerCreditsAndPointersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Journalism like this is powered by readers. Become a member for as little as €3 a month.</p>",
        "<p>Quotes delayed by 15 minutes. Market data provided by Finlytics.</p>",
        "<p>Map data supplied by the county GIS office and may not be current.</p>",
        "<p>この記事は有料記事です。残り540文字</p>",
        "<p>ニュースレター「朝の北海」に登録すると、毎朝主要ニュースが届きます</p>",
        "<p>市民在广场上排队等候。南城晚报记者 李明 摄</p>",
        "<p>ดูวิดีโอ: น้ำท่วมถนนสายหลักในตัวเมือง</p>",
        "<p>Assista ao vídeo: moradores deixam casas de barco</p>",
    })
    void dropsIt(String note) {
        Pages.assertDropped(note, "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The figures provided by the health ministry show 4,000 new cases this week, up from 3,100.",
        "Volunteers, powered by donations from local firms, rebuilt 40 homes in six weeks, the charity said.",
        "记者从市交通局获悉，地铁4号线东延段预计将于年底前通车，全长12公里。",
    })
    void keepsTheNews(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
