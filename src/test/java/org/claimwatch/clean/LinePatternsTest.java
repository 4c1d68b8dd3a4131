package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap first-letter tests in front of the line patterns never change what the patterns decide. */
class LinePatternsTest {

    private static final List<String> LINES = List.of(
            "Share: Facebook Twitter Email", "share this", "Tweet", "X", "LinkedIn | WhatsApp", "Gift article",
            "Bookmark", "Listen", "Reddit", "Messenger", "Copy link", "Print", "Email", "Facebook", "Save",
            "Sponsored by Acme: great deals", "  Advertisement", "AD", "Paid post", "Partner content", "Promoted",
            "Continue reading below", "Scroll to continue reading", "Story continues below advertisement",
            "Article continues below", "We may earn a commission from links", "This post contains affiliate links.",
            "This site is compensated by partners.", "5 min read", "By Jane Doe", "Written by Jane Doe",
            "Posted by admin", "Words by Sam", "Reporting by Ann Lee", "Edited by Bo", "Author: Kim",
            "Published on March 3, 2025", "Updated: 2025-03-03", "Last updated 3 March 2025", "Date: 2025-01-01",
            "First published 1 May 2024", "\u00a9 2025 Example Media", "Copyright 2025 Example", "(c) Example 2025",
            "News | 4 min read", "World \u00b7 3 min", "Tech \u2022 2 minutes read",
            "Example Ltd. All Rights Reserved.", "Images via Reuters", "Image courtesy of NASA",
            "Home > News > World", "news / politics", "\u00b7 By Jane Doe", "| 5 min read",
            "The council voted to expand the bus network.", "Officials said on Tuesday that", "", "  ", "42",
            "\u00e9lections: r\u00e9sultats", "\u0130stanbul all rights reserved");

    @Test
    void shareBarTestAgreesWithThePattern() {
        for (String t : LINES) {
            assertThat(LinePatterns.isShareBar(t)).as(t).isEqualTo(LinePatterns.SHARE_BAR.matcher(t).matches());
        }
    }

    @Test
    void sponsorTestAgreesWithThePattern() {
        for (String t : LINES) {
            assertThat(LinePatterns.isSponsorLine(t)).as(t).isEqualTo(LinePatterns.SPONSOR.matcher(t).matches());
        }
    }

    @Test
    void metaLineTestAgreesWithThePattern() {
        for (String t : LINES) {
            assertThat(LinePatterns.isMetaLine(t, t.toLowerCase(Locale.ROOT))).as(t)
                    .isEqualTo(LinePatterns.META_LINE.matcher(t).matches());
        }
    }

    @Test
    void callToActionTestAgreesWithThePattern() {
        for (String t : List.of("Subscribe now", "> Sign up for free", "Log in", "Contact us", "Get in touch",
                "Get started today", "Learn more \u2192", "Loading comments", "Book a demo", "Request a quote",
                "Start your free trial", "Free trial", "Try it for free", "Download the app", "Shop now",
                "Join our newsletter", "Newsletters", "Home", "About us", "Services", "Shares", "Skip to main content",
                "Back to top", "Jump to the recipe", "View all", "See all", "Take the next step", "Your next step",
                "Stay connected with us", "Don\u2019t miss a thing", "Get the free guide", "\u00ab Previous",
                "Next \u00bb", "The council voted.", "Read the full report here", "\u00e9Home", "Menu", "_Search")) {
            assertThat(LinePatterns.isCallToAction(t)).as(t)
                    .isEqualTo(LinePatterns.CALL_TO_ACTION.matcher(t).matches());
        }
    }

    @Test
    void captionTestAgreesWithThePattern() {
        // Every line holds one of the caption words, so only the cheaper test in front of the pattern can differ.
        for (String t : List.of("the mayor speaks (photo: jane doe)", "the mayor speaks (ap photo/evan vucci)",
                "protesters gather. photo: reuters", "image by freepik", "photo by ann on unsplash",
                "credit: nasa/jpl", "illustration: the times", "a view of the city (getty images)",
                "a view of the city (afp)\u2028", "a view of the city (reuters) \n", "via social media/x",
                "he said the video was fake.", "prices rose 5/6 percent", "screen time is up (study)",
                "the image of the city", "picture this: a quiet street", "graphic content ahead")) {
            assertThat(LineRules.isCaption(t)).as(t).isEqualTo(LinePatterns.CAPTION.matcher(t).find());
        }
    }

    @Test
    void contentNameTestAgreesWithThePattern() {
        for (String n : List.of("article-body", "ArticleBody sidebar", "entry-content", "post_entry", "rich-text",
                "main prose", "single-post", "sidebar", "related-posts", "page-content", "storycontent", "")) {
            assertThat(BoilerplatePatterns.namesContent(n)).as(n)
                    .isEqualTo(BoilerplatePatterns.CONTENT.matcher(n).find());
        }
    }
}
