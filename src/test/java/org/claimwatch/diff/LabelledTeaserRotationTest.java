package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teaser slot with a label ("Read also:", "Trending |", "相关阅读：") that rotates: the label stays and the headline
 * after it gives way to another story's headline that shares none of its words. As with an unlabelled slot
 * ({@link TeaserRotationTest}), that is the page's furniture turning over; the label is a separator's length, in any
 * language, not a list of words. A headline after the label edited in place, or a sentence after it, still alerts.
 * Our own wording, written before the rule (session 21), the class of the sidebar and trending teasers of TUNE
 * volatile-batch82 and earlier batches. First run: 2 of 6 rotations alerted (the four whose label points the reader
 * elsewhere were already minor), 0 of 3 controls missed (a third control, a "Read also:" teaser edited in place, was
 * silent and rightly so: it is another story's teaser; it was replaced by a "Latest:" line). A first rule, three words after the label, missed 2 more news pairs of the CHECK
 * corpora (aggregate only): a fact box's labelled value is short, a headline is not, so a slot needs six words after
 * its label. (A fact box's line rewritten whole, "Suspect: John Smith, 45, of Leeds" to "Suspect: Mary Jones, 38, of
 * York", was already minor at the session's start, as a short labelled line: the known open class of fact boxes.)
 */
class LabelledTeaserRotationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Read also: Three hurt as bus overturns on icy A9 near Dalwhinnie | Read also: Inverness hospital to open new cancer wing in spring",
        "MORE FROM WKTV 12: Woman, 81, rescued from burning home in Utica | MORE FROM WKTV 12: 'It feels like a ghost town': Rome businesses brace for detour",
        "Lesen Sie auch: Großbrand in Lagerhalle – Feuerwehr stundenlang im Einsatz | Lesen Sie auch: Neue Radwege sollen bis Herbst fertig sein",
        "\"Trending | Six arrested after brawl outside Leeds nightclub\" | \"Trending | Heatwave warning issued for the whole weekend\"",
        "Leia também: Chuva forte deixa 40 famílias desalojadas em Petrópolis | Leia também: Prefeitura anuncia novo horário dos ônibus",
        "相关阅读：暴雨致三人遇难 多条道路封闭 | 相关阅读：新地铁线路下月开通",
    })
    void aRotatedLabelledTeaserIsMinor(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Update: Police have arrested a man over the stabbing | Update: Police have charged a man over the stabbing",
        "Update: Two people were injured in the blast. | Update: Four people have now died in the blast, police said.",
        "Latest: Three hurt as bus overturns on icy A9 near Dalwhinnie | Latest: Five hurt as bus overturns on icy A9 near Dalwhinnie",
    })
    void anEditAfterTheLabelAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
