package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Follow us" on the messaging apps and news apps readers follow outlets on (Viber, LINE, KakaoTalk, WeChat, Signal,
 * Google Discover), and a topic or author button that offers alerts ("Follow Housing to get alerts when new stories
 * are published"). Written before the rule (session 15), in our own wording.
 */
class CleanerFollowTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Follow the Daily Example on Viber for breaking news as it happens.</p>",
        "<p>Follow us on LINE for the day's top stories.</p>",
        "<p>Follow Daily Example on KakaoTalk and WeChat.</p>",
        "<p>Follow Transport to get alerts when we publish new stories.</p>",
        "<p>Follow this author to receive notifications about new articles.</p>",
    })
    void dropsAFollowPrompt(String line) {
        Pages.assertDropped(line, "top", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Investigators will follow the money on Signal chats that the suspects used to plan the robbery, police said.",
        "Residents were told to follow the evacuation route to get to the school, which opened as a shelter at 6pm.",
    })
    void keepsTheNewsThatSaysFollow(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
