package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.claimwatch.claims.MetaLines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: what changes between two fetches of an unchanged article (counters, relative and absolute timestamps,
 * bylines and datelines, access dates of references, embedded-post signatures, "read our full review" teasers) is
 * page furniture: never a claim, never an alert. Literal text cases, written for this test (no page's phrases). A
 * date or count inside a sentence of prose still alerts.
 */
class VolatileFurnitureTest {

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";
    private static final String TAIL = "\n\nConstruction crews expect to start work in the spring, the mayor said.";

    private static DiffResult diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(HEAD + before + TAIL, null), Claims.analyze(HEAD + after + TAIL, null));
    }

    private static void assertSilent(String before, String after) {
        DiffResult r = diff(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isFalse();
    }

    /** The pairs (before, after) whose diff alerts, each with its changes: every failing case at once. */
    private static java.util.List<String> alerting(String[][] pairs) {
        java.util.List<String> alerting = new java.util.ArrayList<>();
        for (String[] p : pairs) {
            DiffResult r = diff(p[0], p[1]);
            if (r.significant()) {
                alerting.add(p[0] + " -> " + p[1] + ": " + r.changes());
            }
        }
        return alerting;
    }

    private static void assertAlerts(String before, String after) {
        DiffResult r = diff(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isTrue();
    }

    @Test
    void countersTick() {
        assertSilent("12 comments", "15 comments");
        assertSilent("3,402 shares", "3,911 shares");
        assertSilent("1.2K views", "1.5K views");
        assertSilent("Share 48 Comments 7", "Share 51 Comments 9");
        assertSilent("2,340 views · 4 min read", "2,377 views · 4 min read");
    }

    @Test
    void relativeTimestampsMove() {
        assertSilent("Updated 5 minutes ago", "Updated 2 hours ago");
        assertSilent("7 days ago", "10 days ago");
        assertSilent("Posted 3 weeks ago", "Posted 1 month ago");
        assertSilent("Just now", "2 hours ago");
    }

    @Test
    void datesAloneOnALineMove() {
        assertSilent("Mar 4, 2024 Share", "Apr 7, 2027 Share");
        assertSilent("Feb 2, 2025Feb 2, 2025", "Mar 5, 2028Mar 5, 2028");
        assertSilent("- - 19 June 2022", "- - 22 July 2025");
        assertSilent("Wednesday, 9 April 2025 at 18:30", "Thursday, 12 May 2028 at 21:33");
        assertSilent("2024-03-04", "2027-6-7");
        assertSilent("3/4/2024 at 6:12am", "6/7/2027 at 9:15am");
    }

    @Test
    void bylinesAndDatelinesMove() {
        assertSilent("Harbor Analytics | October 15, 2024", "Harbor Analytics | November 18, 2027");
        assertSilent("Nina Patel•Oct 2, 2024", "Nina Patel•Nov 5, 2027");
        assertSilent("On Behalf of Marsh & Vale LLP | Mar 2, 2019 | Personal Injury",
                "On Behalf of Marsh & Vale LLP | Apr 5, 2022 | Personal Injury");
        assertSilent("By Anna Reed – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Tom Hale",
                "By Anna Reed – Updated Oct 12, 2028 at 4:3 PM EST | Fact-checked by Tom Hale");
        assertSilent("Reviewed by Dr. Lena Ortiz on June 3, 2024", "Reviewed by Dr. Lena Ortiz on July 6, 2027");
    }

    @Test
    void addedOrRemovedDateLinesAreSilent() {
        DiffResult added = VersionDiff.compare(Claims.analyze(HEAD + TAIL.strip(), null),
                Claims.analyze(HEAD + "Jun 8, 2023\n\nPriya Raman | May 1, 2024" + TAIL, null));
        assertThat(added.significant()).as(added.changes().toString()).isFalse();
    }

    /** A reference's dates torn from their entry: a date and a year, nothing else (written before the rule). */
    @Test
    void aLineOfADateAndAYearAddedIsSilent() {
        for (String line : new String[]{"June 4, 2023, 2009.", "3 March 2021; 2017", "Sept. 9, 2024 (2015)"}) {
            DiffResult added = VersionDiff.compare(Claims.analyze(HEAD + TAIL.strip(), null),
                    Claims.analyze(HEAD + line + TAIL, null));
            assertThat(added.significant()).as(line + ": " + added.changes()).isFalse();
        }
        assertThat(MetaLines.is("The bridge opened on June 4, 2023, after work began in 2009.")).isFalse();
    }

    @Test
    void accessDatesOfReferencesMove() {
        assertSilent("1. City Archive, \"Harbour records,\" Accessed April 14, 2025.",
                "1. City Archive, \"Harbour records,\" Accessed May 17, 2028.");
        assertSilent("2. Regional Museum, Photographs, consulted on November 5, 2025.",
                "2. Regional Museum, Photographs, consulted on December 8, 2028.");
        assertSilent("Survey of rail use URL: https://example.org/rail [accessed 2019-06-18]",
                "Survey of rail use URL: https://example.org/rail [accessed 2022-9-21]");
        assertSilent("Ports handbook. Retrieved 3 March 2021.", "Ports handbook. Retrieved 6 April 2024.");
    }

    @Test
    void journalCitationsMove() {
        assertSilent("2012 Mar 3;41(2):118-25.", "2015 Jun 6;44(5):121-28.");
        assertSilent("Okafor L, Brandt K. Sleep and shift work. J Occup Health. 2019 Feb 1;61(1):33-40.",
                "Okafor L, Brandt K. Sleep and shift work. J Occup Health. 2022 Mar 4;64(4):36-43.");
    }

    @Test
    void imageCaptionsMove() {
        assertSilent("Image from the March 2024 review.", "Image from the June 2027 review.");
        assertSilent("Photo courtesy of the Harbour Trust", "Photo courtesy of Lark Studio");
    }

    @Test
    void embeddedPostSignaturesMove() {
        assertSilent("— Mara Quinn (@maraquinn) October 16, 2024", "— Mara Quinn (@maraquinn) November 19, 2027");
    }

    @Test
    void teaserLeadInsAreSilent() {
        assertSilent("Read our full Zento Phone 12 review", "Read our full Lark Tablet 4 review");
        assertSilent(">> Also: Ten ways to cut your heating bill", ">> Also: How to pick a mortgage in 2026");
        assertSilent(">> Must Read: The early signs of a leaking roof", ">> Must Read: Best budget laptops");
        assertSilent("Learn more about affordable home insurance.", "Learn more about How to Record Your Screen: 5 Methods.");
    }

    /** A list of other stories' headlines (Title Case items, no final stop) rotates: no claim added or removed. */
    @Test
    void headlineShapedListItemsRotate() {
        assertSilent("- Should You Repaint Before Selling a House\n- When Is a Roof Permit Required",
                "- Be a Guest on Our Podcast\n- 7 Best Budget Laptops to Buy in May 2026");
        assertSilent("- How to Build a Greener Kitchen", "- Why Every Renter Needs Contents Insurance?");
    }

    /** List items that say something stay news. */
    @Test
    void listItemsOfProseStillAlert() {
        assertAlerts("- Prices rose 4 percent in all regions", "- Prices rose 6 percent in all regions");
        assertAlerts("- Apple Cuts Prices of Its Phones by 10 Percent", "- Apple Cuts Prices of Its Phones by 20 Percent");
        assertAlerts("- The council voted 7-2 to approve the plan.", "- The council voted 5-4 to approve the plan.");
        assertAlerts("- Capacity: 10 cups", "- Capacity: 12 cups");
    }

    /** The same words inside a sentence of prose are news: a changed date, count or time there alerts. */
    @Test
    void datesAndCountsInProseStillAlert() {
        assertAlerts("The hearing was held on October 20, 2025.", "The hearing was held on October 22, 2025.");
        assertAlerts("The video drew 12 million views in a day, the company said.",
                "The video drew 15 million views in a day, the company said.");
        assertAlerts("Officials said 12 people were injured.", "Officials said 15 people were injured.");
        assertAlerts("- March 3, 2024: The council voted 7-2 to approve the plan.",
                "- March 3, 2024: The council voted 5-4 to approve the plan.");
        assertAlerts("Ada Vance, North Gallery, October 2, 2025 – February 15, 2026",
                "Ada Vance, North Gallery, October 2, 2025 – March 15, 2026");
        assertAlerts("Coastal Painters, Harbour Museum 23 May – 28 September 2025",
                "Coastal Painters, Harbour Museum 23 May – 12 October 2025");
        assertAlerts("Filing deadline: March 3, 2025", "Filing deadline: March 17, 2025");
        assertAlerts("Election Day: November 5, 2024", "Election Day: November 12, 2024");
        assertAlerts("The strike began 12 days ago and has closed four ports.",
                "The strike began 15 days ago and has closed six ports.");
    }

    /**
     * A numbered list renumbered (an item inserted above, a reference list re-sorted) moves the markers that
     * start its items: no figure of the item changed. A figure inside the item still alerts.
     */
    @Test
    void listRenumberedIsNoNumberChange() {
        assertSilent("5. Ortega L, Brandt K, Sato M. Salt intake and blood pressure in older adults.",
                "6. Ortega L, Brandt K, Sato M. Salt intake and blood pressure in older adults.");
        assertSilent("3) The ferry will leave from the north pier from now on.",
                "4) The ferry will leave from the north pier from now on.");
        assertSilent("12. Harbour tolls were raised for heavy lorries.",
                "13. Harbour tolls were raised for heavy lorries.");
        assertAlerts("5. Police said 12 people were injured in the crash.",
                "5. Police said 15 people were injured in the crash.");
        assertAlerts("2. The council voted 7-2 to approve the plan.",
                "3. The council voted 5-4 to approve the plan.");
        assertAlerts("Officials said 12. Others disagreed.", "Officials said 15. Others disagreed.");
    }

    /**
     * Lines about the page rather than the news (when it was written, reviewed or updated, who posted it, how long
     * it takes to read, its copyright year, how many read it now): their dates and counts move between fetches.
     * Written for this test as phrase classes, before the rules.
     */
    @Test
    void linesAboutThePageMoveSilently() {
        String[][] cases = {
                {"This article was last updated on December 5, 2025.", "This article was last updated on December 8, 2025."},
                {"Last reviewed: March 3, 2025", "Last reviewed: March 6, 2025"},
                {"Posted by Jane Doe on March 3, 2024 at 10:30 am", "Posted by Jane Doe on March 6, 2024 at 1:33 pm"},
                {"Jane Doe, 3 hours ago", "Jane Doe, 6 hours ago"},
                {"Read time: 5 minutes", "Read time: 8 minutes"},
                {"First published on Tue 3 Dec 2024 10.30 GMT", "First published on Fri 6 Dec 2024 13.33 GMT"},
                {"Copyright © 2025 Harbor Media. All rights reserved.", "Copyright © 2028 Harbor Media. All rights reserved."},
                {"12 people are reading this now", "15 people are reading this now"},
                {"Updated at 10:32 am EST", "Updated at 1:35 pm EST"},
                {"Sponsored · 2 days ago", "Sponsored · 5 days ago"},
                {"Page last modified 12/03/2024 10:21", "Page last modified 15/06/2024 13:24"},
                {"This story was originally published on March 3, 2025.", "This story was originally published on March 6, 2025."}};
        assertThat(alerting(cases)).isEmpty();
    }

    @Test
    void metaLinesAreNoClaims() {
        assertThat(MetaLines.is("Harbor Analytics | October 15, 2024")).isTrue();
        assertThat(MetaLines.is("12 comments")).isTrue();
        assertThat(MetaLines.is("7 days ago")).isTrue();
        assertThat(MetaLines.is("The hearing was held on October 20, 2025.")).isFalse();
        assertThat(MetaLines.is("Harbor Analytics")).isFalse();
        assertThat(MetaLines.is("Election Day")).isFalse();
        assertThat(Claims.analyze("Nina Patel•Oct 2, 2024\n\n12 comments", null).claims()).isEmpty();
    }

    /**
     * Promotions, shop widgets and pagers that tick between fetches (written for this test before any rule changed;
     * the first run's count is in the commit): an offer, a rating, a stock count or a pager is the page selling or
     * paging, not a claim.
     */
    @Test
    void promotionsWidgetsAndPagersTick() {
        String[][] pairs = {
            {"Free shipping on orders over $35", "Free shipping on orders over $50"},
            {"Save 20% today", "Save 25% today"},
            {"4.5 out of 5 stars (1,203 reviews)", "4.6 out of 5 stars (1,250 reviews)"},
            {"Offer ends in 3 days", "Offer ends in 2 days"},
            {"Join 25,000 subscribers", "Join 25,400 subscribers"},
            {"Trusted by 10,000+ businesses", "Trusted by 12,000+ businesses"},
            {"Page 2 of 5", "Page 3 of 6"},
            {"Step 3 of 7", "Step 4 of 7"},
            {"1 of 12", "2 of 12"},
            {"30-day free trial", "14-day free trial"},
            {"Starting at $20.00", "Starting at $24.00"},
            {"Only 3 left in stock", "Only 1 left in stock"},
            // added after the first twelve were fixed, before the rule for them
            {"60 days free returns", "90 days free returns"},
            {"3 months free streaming", "6 months free streaming"},
            {"Free for 14 days", "Free for 30 days"},
            {"Get 2 months free", "Get 3 months free"},
        };
        assertThat(alerting(pairs)).isEmpty();
    }

    @Test
    void figuresOfShortNewsLinesStillAlert() {
        assertAlerts("Death toll: 43,900", "Death toll: 44,000");
        assertAlerts("Turnout: 61 percent", "Turnout: 64 percent");
        assertAlerts("Hostages still held: 100", "Hostages still held: 97");
        assertAlerts("Prices rose 3.2% in May", "Prices rose 3.4% in May");
        assertAlerts("Seville hits 46°C", "Seville hits 47°C");
        assertAlerts("Dow falls 2.1% on rate fears", "Dow falls 2.4% on rate fears");
        assertAlerts("Live: 12 dead in Lyon flooding", "Live: 15 dead in Lyon flooding");
    }

    /**
     * Widgets of a news page that tick on their own: weather, market tickers, live-blog counters, media durations
     * (written for this test before any rule changed for it; the first run's count is in the commit).
     */
    @Test
    void newsPageWidgetsTick() {
        String[][] pairs = {
            {"London 14°C", "London 17°C"},
            {"FTSE 100 7,512.30 +0.4%", "FTSE 100 7,498.12 -0.2%"},
            {"Live: 12 updates", "Live: 15 updates"},
            {"Listen 4:32", "Listen 5:10"},
            {"Video duration 2:14", "Video duration 3:01"},
            {"Reading time: 5 minutes", "Reading time: 6 minutes"},
            {"Sunrise 7:42am Sunset 4:12pm", "Sunrise 7:44am Sunset 4:11pm"},
            {"12°C Cloudy", "9°C Rain"},
        };
        assertThat(alerting(pairs)).isEmpty();
    }

    /**
     * Stamps and counts of the page itself that move between fetches: price and rate checks, data stamps, view
     * counts, result counts, copyright years (written for this test before any rule changed for it; the first
     * run's count is in the commit).
     */
    @Test
    void stampsAndCountsOfThePageMove() {
        String[][] pairs = {
            {"Prices last checked on March 3, 2024", "Prices last checked on March 9, 2024"},
            {"Rates accurate as of 5 March 2024.", "Rates accurate as of 7 March 2024."},
            {"Data as of March 3, 2024, 5:00 p.m. ET", "Data as of March 4, 2024, 4:00 p.m. ET"},
            {"This page has been viewed 1,234 times.", "This page has been viewed 1,301 times."},
            {"Showing 1–20 of 345 results", "Showing 1–20 of 351 results"},
            {"345 results", "351 results"},
            {"© 2024 Northway Media Ltd", "© 2025 Northway Media Ltd"},
            {"Last checked: 2 hours ago", "Last checked: 5 hours ago"},
            {"Today is Tuesday, March 5", "Today is Wednesday, March 6"},
            {"Time to read: 4 minutes", "Time to read: 5 minutes"},
        };
        assertThat(alerting(pairs)).isEmpty();
    }

    @Test
    void stampsInsideNewsSentencesStillAlert() {
        assertAlerts("The data, as of March 3, shows 4,100 cases.", "The data, as of March 3, shows 4,300 cases.");
        assertAlerts("The video has been viewed 2 million times since Monday, police said.",
                "The video has been viewed 3 million times since Monday, police said.");
    }

    /**
     * Live quotes inside a sentence or on a line of their own, reader polls and live counts of readers: they move
     * between fetches with nothing in the article changed (a fifth batch, written for this test before any rule
     * changed for it; the first run's count is in the commit).
     */
    @Test
    void liveQuotesAndTalliesTick() {
        String[][] pairs = {
            {"Shares of Northway (NWY +1.21%) rose after the results were published.",
                "Shares of Northway (NWY -0.43%) rose after the results were published."},
            {"Northway Inc. (NASDAQ: NWY) $12.40 ▲0.8%", "Northway Inc. (NASDAQ: NWY) $12.31 ▼0.3%"},
            {"GBP/USD 1.2712 +0.15%", "GBP/USD 1.2690 -0.02%"},
            {"Bitcoin $64,210.55 (+2.1%)", "Bitcoin $63,980.10 (-0.4%)"},
            {"Yes 62% No 38% (1,204 votes)", "Yes 60% No 40% (1,377 votes)"},
            {"Total votes: 2,310", "Total votes: 2,544"},
            {"1,402 people are reading this now", "1,377 people are reading this now"},
            {"4.5 out of 5 stars (1,024 reviews)", "4.5 out of 5 stars (1,031 reviews)"},
        };
        assertThat(alerting(pairs)).isEmpty();
    }

    @Test
    void pricesAndSharesOfTheNewsStillAlert() {
        assertAlerts("Shares of Northway rose 4.1% after the results were published.",
                "Shares of Northway rose 6.0% after the results were published.");
        assertAlerts("Northway (NWY) shares closed at $12.40 on Tuesday, the exchange said.",
                "Northway (NWY) shares closed at $11.90 on Tuesday, the exchange said.");
        assertAlerts("In the referendum, 62% voted yes and 38% voted no.",
                "In the referendum, 60% voted yes and 40% voted no.");
        assertAlerts("Shares of Northway (NWY +1.21%) rose 4.1% after the results were published.",
                "Shares of Northway (NWY +1.21%) rose 6.0% after the results were published.");
    }
}
