package org.claimwatch.alerts;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertFilterTest {

    private static final Map<String, Object> CONTEXT = Map.of("feed_id", 7L, "title", "Hamas leaders leave Qatar");

    private static Map<String, Object> change(String kind, double significance, String before, String after) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", kind);
        c.put("significance", significance);
        c.put("before", before);
        c.put("after", after);
        return c;
    }

    @Test
    void emptyFilterMatchesEverything() {
        assertThat(AlertFilter.any().matches(change("CLAIM_REWORDED", 0.0, "a", "b"), CONTEXT)).isTrue();
    }

    @Test
    void feedsFilterUsesTheContextFeed() {
        AlertFilter f = AlertFilter.fromMap(Map.of("feeds", List.of(7)));
        assertThat(f.matches(change("NUMBER_CHANGED", 0.9, "13", "15"), CONTEXT)).isTrue();
        assertThat(f.matches(change("NUMBER_CHANGED", 0.9, "13", "15"), Map.of("feed_id", 8L))).isFalse();
    }

    @Test
    void kindsFilterIsCaseInsensitiveOnInput() {
        AlertFilter f = AlertFilter.fromMap(Map.of("kinds", List.of("number_changed")));
        assertThat(f.matches(change("NUMBER_CHANGED", 0.9, "13", "15"), CONTEXT)).isTrue();
        assertThat(f.matches(change("CLAIM_REWORDED", 0.9, "x", "y"), CONTEXT)).isFalse();
    }

    @Test
    void minimumSignificanceIsInclusive() {
        AlertFilter f = AlertFilter.fromMap(Map.of("min_significance", 0.5));
        assertThat(f.matches(change("CLAIM_REWORDED", 0.5, "x", "y"), CONTEXT)).isTrue();
        assertThat(f.matches(change("CLAIM_REWORDED", 0.49, "x", "y"), CONTEXT)).isFalse();
    }

    @Test
    void keywordsMatchClaimTextOrTitleIgnoringCase() {
        AlertFilter f = AlertFilter.fromMap(Map.of("keywords", List.of("Senior Leaders")));
        assertThat(f.matches(change("NUMBER_CHANGED", 0.9, "about 13 senior leaders", ""), Map.of())).isTrue();
        assertThat(f.matches(change("NUMBER_CHANGED", 0.9, "x", "y"), Map.of())).isFalse();
        assertThat(AlertFilter.fromMap(Map.of("keywords", List.of("qatar")))
                .matches(change("NUMBER_CHANGED", 0.9, "x", "y"), CONTEXT)).isTrue();
    }

    @Test
    void storiesFilterReadsTheChangeStoryFirst() {
        AlertFilter f = AlertFilter.fromMap(Map.of("stories", List.of(3)));
        Map<String, Object> storyChange = change("STORY_CLAIM_DISPUTED", 0.8, "", "x");
        storyChange.put("story_id", 3L);
        assertThat(f.matches(storyChange, Map.of("story_id", 4L))).isTrue();
        assertThat(f.matches(change("STORY_CLAIM_NEW", 0.8, "", "x"), Map.of("story_id", 4L))).isFalse();
        assertThat(f.matches(change("NUMBER_CHANGED", 0.8, "", "x"), CONTEXT)).isFalse();
    }

    @Test
    void allCriteriaMustHold() {
        AlertFilter f = AlertFilter.fromMap(Map.of("kinds", List.of("NUMBER_CHANGED"), "min_significance", 0.5));
        assertThat(f.matches(change("NUMBER_CHANGED", 0.2, "13", "15"), CONTEXT)).isFalse();
    }

    @Test
    void roundTripsThroughItsMapShape() {
        AlertFilter f = AlertFilter.fromMap(Map.of("feeds", List.of(1, 2), "kinds", List.of("QUOTE_CHANGED"),
                "min_significance", 0.3, "keywords", List.of(" Gaza ")));
        assertThat(f.toMap()).isEqualTo(Map.of("feeds", List.of(1L, 2L), "stories", List.of(),
                "kinds", List.of("QUOTE_CHANGED"), "min_significance", 0.3, "keywords", List.of("gaza")));
        assertThat(AlertFilter.fromMap(f.toMap())).isEqualTo(f);
    }

    @Test
    void wrongTypesAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> AlertFilter.fromMap(Map.of("feeds", "7"))).hasMessage("feeds must be a list");
        assertThatThrownBy(() -> AlertFilter.fromMap(Map.of("min_significance", 2)))
                .hasMessage("min_significance must be between 0 and 1");
        assertThatThrownBy(() -> AlertFilter.fromMap(Map.of("keywords", List.of(3))))
                .hasMessage("keywords must be a list of strings");
    }
}
