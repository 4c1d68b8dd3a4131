package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds in legacy East Asian and Cyrillic encodings with no charset in HTTP or XML must decode as written. Each
 * sample sentence (news-style, plus article 1 of the Universal Declaration of Human Rights) becomes a one-item feed
 * in each encoding of its language; the test prints how many decoded correctly.
 */
class FeedCharsetDetectionTest {

    private static final Map<String, List<String>> SAMPLES = new LinkedHashMap<>();

    static {
        List<String> zhHant = List.of(
                "人人生而自由，在尊嚴和權利上一律平等。他們賦有理性和良心，並應以兄弟關係的精神相對待。",
                "颱風來襲，氣象局發布海上警報，預計明天清晨登陸台灣東部。",
                "立法院今天三讀通過預算案，行政院長表示將盡快執行。",
                "股市收盤上漲百分之二，電子股表現最為強勁，成交量明顯放大。",
                "衛生福利部宣布，下週起開放民眾預約接種新一代疫苗。");
        List<String> zhHans = List.of(
                "人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。",
                "国家统计局今天发布数据，第三季度国内生产总值同比增长百分之四点九。",
                "暴雨导致多条铁路线路停运，有关部门正在组织抢修。",
                "北京市政府宣布，明年将新建两百所幼儿园，增加学位供给。",
                "专家认为，新能源汽车的销量将在未来五年内继续快速增长。");
        List<String> ja = List.of(
                "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。",
                "気象庁によると、台風は明日の朝に九州南部に上陸する見込みです。",
                "政府は来年度の予算案を閣議決定し、防衛費は過去最大となった。",
                "東京株式市場では、日経平均株価が三日続けて値上がりしました。",
                "厚生労働省は、新しいワクチンの接種を来月から始めると発表した。");
        List<String> ko = List.of(
                "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다.",
                "기상청은 내일 오후부터 전국에 많은 비가 내릴 것으로 예상된다고 밝혔다.",
                "국회는 오늘 본회의를 열어 내년도 예산안을 통과시켰다.",
                "코스피 지수는 외국인 매수세에 힘입어 이틀 연속 상승 마감했다.",
                "정부는 다음 달부터 청년 주거 지원 사업을 확대한다고 발표했다.");
        List<String> ru = List.of(
                "Все люди рождаются свободными и равными в своем достоинстве и правах.",
                "Центральный банк сохранил ключевую ставку на прежнем уровне, сообщила пресс-служба.",
                "В Москве из-за сильного снегопада отменены более ста рейсов.",
                "Правительство одобрило законопроект о поддержке малого бизнеса.",
                "Учёные обнаружили в Сибири останки древнего животного возрастом сорок тысяч лет.");
        List<String> uk = List.of(
                "Всі люди народжуються вільними і рівними у своїй гідності та правах.",
                "Верховна Рада ухвалила державний бюджет на наступний рік.");
        SAMPLES.put("Big5", zhHant);
        SAMPLES.put("GB2312", zhHans);
        SAMPLES.put("EUC-JP", ja);
        SAMPLES.put("Shift_JIS", ja);
        SAMPLES.put("EUC-KR", ko);
        SAMPLES.put("KOI8-R", ru);
        List<String> cyrillic = new ArrayList<>(ru);
        cyrillic.addAll(uk);
        SAMPLES.put("windows-1251", cyrillic);
    }

    private static String feed(String title) {
        return "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://n.example/</link>"
                + "<description>d</description><item><title>" + title + "</title>"
                + "<link>https://n.example/1</link><description>" + title + "</description></item></channel></rss>";
    }

    /** Decodes every sample feed; returns the failures as "encoding: sentence → decoded". */
    static List<String> failures(Map<String, int[]> perEncoding) throws FeedParseException {
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : SAMPLES.entrySet()) {
            Charset cs = Charset.forName(e.getKey());
            int[] counts = perEncoding.computeIfAbsent(e.getKey(), k -> new int[2]);
            for (String sentence : e.getValue()) {
                ParsedFeed parsed = FeedParser.parse(feed(sentence).getBytes(cs), "application/rss+xml", null);
                counts[1]++;
                if (sentence.equals(parsed.title())) {
                    counts[0]++;
                } else {
                    failed.add(e.getKey() + ": " + sentence + " → " + parsed.title());
                }
            }
        }
        return failed;
    }

    @Test
    void undeclaredLegacyEncodingsDecodeAsWritten() throws Exception {
        Map<String, int[]> per = new LinkedHashMap<>();
        List<String> failed = failures(per);
        int ok = 0;
        int total = 0;
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, int[]> e : per.entrySet()) {
            ok += e.getValue()[0];
            total += e.getValue()[1];
            line.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0]).append('/').append(e.getValue()[1]);
        }
        System.out.println("charset detection, undeclared one-sentence feeds: " + ok + "/" + total + " decoded;" + line);
        assertThat(failed).isEmpty();
    }

    @Test
    void declaredCharsetStillWinsOverDetection() throws Exception {
        String text = "Все люди рождаются свободными";
        byte[] body = feed(text).getBytes(Charset.forName("KOI8-R"));
        ParsedFeed parsed = FeedParser.parse(body, "application/rss+xml; charset=koi8-r", null);
        assertThat(parsed.title()).isEqualTo(text);
    }

    @Test
    void latin1WithoutDeclarationIsStillWindows1252() throws Exception {
        byte[] body = feed("Café crème à la une").getBytes(Charset.forName("windows-1252"));
        assertThat(FeedParser.parse(body, null, null).title()).isEqualTo("Café crème à la une");
    }
}
