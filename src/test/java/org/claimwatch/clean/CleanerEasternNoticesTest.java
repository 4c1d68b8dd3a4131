package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture classes the rules knew in Western European languages, in Slavic, Balkan, Baltic, Romanian, Hungarian,
 * Turkish and Greek wording, plus two English variants: the reprint notice, "the article continues below the ad",
 * "read also:", a currency board, a photo credit "Photo by ... / ...", and a helpline box that opens with the story.
 * Written before the rules (session 16); the wording is ours, the classes are what TUNE boilerplate-batch54 leaked.
 */
class CleanerEasternNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Перепечатка материалов возможна только с активной ссылкой на сайт.</p>",
        "<p>При використанні матеріалів посилання на джерело обов'язкове.</p>",
        "<p>Preuzimanje sadržaja dozvoljeno je uz obavezno navođenje izvora i poveznicu.</p>",
        "<div>Tekst se nastavlja ispod oglasa</div>",
        "<div>Dalsza część artykułu pod reklamą</div>",
        "<div>Продолжение статьи после рекламы</div>",
        "<p>Читайте также: В Алматы открыли новую станцию метро</p>",
        "<p>Pročitajte još: Vlada usvojila izmjene zakona o radu</p>",
        "<p>Citește și: Guvernul a aprobat bugetul pe 2025</p>",
        "<div>Курс валют на 12.06.2024 | USD 91,20 ₽ EUR 98,40 ₽ CNY 12,55 ₽</div>",
        "<p>— Photo by Amir Siddiqui / Karachi Evening Post</p>",
        "<p>If this story has raised concerns for you, support is available around the clock: call 1800 000 111.</p>",
        // added before the opinion-disclaimer rule (session 16; the class of TUNE b54-007)
        "<p>Мнение автора может не совпадать с позицией редакции.</p>",
        "<p>Stavovi izneseni u kolumni ne odražavaju nužno stavove redakcije.</p>",
        "<p>Opiniile exprimate în acest articol nu reflectă neapărat poziția redacției.</p>",
    })
    void dropsIt(String note) {
        Pages.assertDropped(note, "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Национальный банк сообщил, что курс доллара вырос до 91,20 рубля, а евро — до 98,40.",
        "The central bank said the dollar traded at 449 tenge on Friday, up from 445 a week earlier.",
        "Читатели газеты пожаловались на перебои с доставкой, сообщила редакция в пятницу.",
        "The minister said the board's views did not necessarily reflect those of the government, which owns 40%.",
    })
    void keepsTheNews(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
