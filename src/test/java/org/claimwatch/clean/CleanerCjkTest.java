package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Languages written without spaces: text statistics count characters there, so that paragraphs of Japanese and
 * Chinese prose are kept as prose and their page furniture still goes. Test pages written for this test.
 */
class CleanerCjkTest {

    static final List<String> JA = List.of(
            "市議会は火曜日、市北部の住宅地と病院地区を結ぶ新しいバス路線を四本追加する計画を賛成多数で可決した。",
            "計画の総事業費はおよそ十二億円で、その半分は三月に承認された地域交通補助金でまかなわれる。",
            "反対派の議員は、新路線の一部が既存の路線と重なっていると指摘したが、三時間を超える議論の末、採決では賛成七、反対二となった。",
            "市の交通局によると、新しい路線は来年の春から順次運行を始め、朝夕の通勤時間帯には十分間隔で運行される予定だ。",
            "病院に通う高齢の住民からは、乗り換えなしで通院できるようになると期待する声が上がっている。");

    static final List<String> ZH = List.of(
            "市议会周二以多数票通过了一项计划，将新增四条公交线路，把城市北部的住宅区与医院区连接起来。",
            "该计划总投资约为一千二百万元，其中一半资金来自三月份获批的地区交通补助。",
            "反对者认为部分新线路与现有线路重复，但经过三个多小时的辩论，议案最终以七票赞成、两票反对获得通过。",
            "据市交通局介绍，新线路将于明年春季起陆续开通，早晚高峰时段每十分钟发一班车。",
            "许多需要定期去医院看病的老年居民表示，今后不用换乘就能直达医院，出行将方便很多。");

    private static String page(String lang, String title, List<String> paragraphs, String nav, String related,
                               String footer) {
        StringBuilder sb = new StringBuilder("<html lang='" + lang + "'><head><title>" + title + "</title></head><body>"
                + "<div class='site-top'><div class='logo'><a href='/'>" + nav.split(" ")[0] + "</a></div><ul>");
        for (String item : nav.split(" ")) {
            sb.append("<li><a href='/s/").append(item.hashCode()).append("'>").append(item).append("</a></li>");
        }
        sb.append("</ul></div><div class='main'><div class='story'><h1>").append(title).append("</h1>");
        sb.append("<div class='byline'><span>2024年5月14日 10:30</span></div>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        sb.append("</div><div class='side'><h3>").append(related.split("\\|")[0]).append("</h3><ul>");
        for (String r : related.split("\\|")) {
            sb.append("<li><a href='/a/").append(Math.abs(r.hashCode())).append("'>").append(r).append("</a></li>");
        }
        sb.append("</ul></div></div><div class='bottom'><p>").append(footer).append("</p></div></body></html>");
        return sb.toString();
    }

    @Test
    void keepsJapaneseProseAndDropsItsFurniture() {
        String html = page("ja", "市議会、新バス路線四本を可決", JA, "ホーム 国内 国際 経済 スポーツ 地域",
                "関連記事|市長、来年度予算案を発表|駅前再開発、来月着工へ|図書館の開館時間を延長|県内の観光客数が過去最多に",
                "© 2024 デイリー・エグザンプル新聞社 無断転載を禁じます");
        String text = Cleaner.clean(html, "https://news.example/ja/2024/05/bus").text();
        assertThat(text).isEqualTo(String.join("\n\n", JA));
    }

    @Test
    void keepsChineseProseAndDropsItsFurniture() {
        String html = page("zh", "市议会通过新增四条公交线路计划", ZH, "首页 国内 国际 财经 体育 本地",
                "相关新闻|市长公布明年预算草案|火车站周边改造下月动工|图书馆延长开放时间|本省游客人数创新高",
                "© 2024 示例日报社 版权所有 未经许可不得转载");
        String text = Cleaner.clean(html, "https://news.example/zh/2024/05/bus").text();
        assertThat(text).isEqualTo(String.join("\n\n", ZH));
    }

    @Test
    void keepsAShortJapaneseArticleAsAnArticle() {
        String html = "<html lang='ja'><head><title>速報</title></head><body><nav><a href='/'>ホーム</a></nav><article>"
                + "<p>" + JA.get(0) + "</p><p>" + JA.get(1) + "</p><p>" + JA.get(2) + "</p></article></body></html>";
        CleanedArticle a = Cleaner.clean(html, "https://news.example/ja/1");
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void countsWordsInScriptsWithoutSpaces() {
        assertThat(ParagraphFilter.hasWords(JA.get(1), 16)).isTrue();
        assertThat(ParagraphFilter.hasWords(ZH.get(1), 16)).isTrue();
        assertThat(ParagraphFilter.hasWords("関連記事", 4)).isFalse();
    }
}
