package org.claimwatch.feeds.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed dates, one literal case per line: the raw string, then the instant it names (empty: no date). Cases come from
 * RFC 822/2822 (RSS 2.0), RFC 3339 and W3C-DTF (Atom, JSON Feed, dc:date), ISO 8601, and the habits of real feeds.
 */
class FeedDatesTest {

    private static void check(String raw, String expected) {
        Instant parsed = FeedDates.parse(raw);
        if (expected == null) {
            assertThat(parsed).as(raw).isNull();
        } else {
            assertThat(parsed).as(raw).isEqualTo(Instant.parse(expected));
        }
    }

    /** Class 1: a date that cannot exist is no date, never a rolled-over other date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "Sun, 99 Jun 2009 12:00:00 GMT|",
        "Tue, 31 Jun 2009 12:00:00 GMT|",
        "Thu, 00 Jan 2004 12:00:00 GMT|",
        "Thu, 01 Jan 2004 25:00:00 GMT|",
        "Thu, 01 Jan 2004 24:00:00 GMT|",
        "Thu, 01 Jan 2004 23:60:00 GMT|",
        "Thu, 01 Jan 2004 23:59:61 GMT|",
        "Thu, 01 Jan 2004 12:30:60 GMT|",
        "Sat, 29 Feb 2003 00:00:00 GMT|",
        "Mon, 30 Feb 2004 00:00:00 GMT|",
        "Thu, 01 Jan 12004 00:00:00 GMT|",
        "Thu, 01 Jan 2004 19:48:21 +2500|",
        "Thu, 01 Jan 2004 19:48:21 +0575|",
        "Sun Jan 32 16:29:06 2004|",
        "2003-12-32T10:00:00Z|",
        "2003-13-01T10:00:00Z|",
        "2003-00-01|",
        "2003-01-00|",
        "2003-02-29|",
        "2003-12-31T25:14:55Z|",
        "2003-12-31T10:61:55Z|",
        "2003-12-31T10:14:61Z|",
        "2003-12-31T10:14:55+24:00|",
        "12003-12-31T10:14:55Z|",
        "20131-01-01|",
        "2003-366|",
        "2003-000|",
        "2004-07-08 24:56:58|",
        "0000-01-01T00:00:00Z|",
    })
    void impossibleDatesAreNull(String raw, String expected) {
        check(raw, expected);
    }

    /** Strings that are no date at all. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "Sun, 16 zzz 2012 11:47:32 GMT|",
        "Sun, Dec x 2012 11:47:32 GMT|",
        "Sun, 16 Dec zz 11:47:32 GMT|",
        "Sun, 16 Dec 2012 1:2:3:4 GMT|",
        "Sun, 16 Dec 2012 11:47:32 +zz:00|",
        "2012-12-16T11:47:32+zz:00|",
        "yesterday|",
        "not a date|",
        "2012-12-16T|",
        "Sun, 16 Dec 2012 11:47:32 Mars/Olympus|",
        "01/02/2004|",
    })
    void unreadableDatesAreNull(String raw, String expected) {
        check(raw, expected);
    }

    /** Class 2: fractional seconds of any length keep their value. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2003-12-31T10:14:55.1Z|2003-12-31T10:14:55.100Z",
        "2003-12-31T10:14:55.12Z|2003-12-31T10:14:55.120Z",
        "2003-12-31T10:14:55.1234Z|2003-12-31T10:14:55.1234Z",
        "2003-12-31T10:14:55.123456789Z|2003-12-31T10:14:55.123456789Z",
        "2003-12-31T10:14:55.1234567891234Z|2003-12-31T10:14:55.123456789Z",
        "2003-12-31T10:14:55,5Z|2003-12-31T10:14:55.500Z",
        "2003-12-31T10:14:55.1234-08:00|2003-12-31T18:14:55.1234Z",
        "1997-07-16T19:20:30.45+01:00|1997-07-16T18:20:30.450Z",
        "2004-07-08 23:56:58.7|2004-07-08T23:56:58.700Z",
        "2004-07-08 23:56:58.0|2004-07-08T23:56:58Z",
        "Thu, 01 Jan 2004 19:48:21.25 GMT|2004-01-01T19:48:21.250Z",
    })
    void fractionalSecondsKeepTheirValue(String raw, String expected) {
        check(raw, expected);
    }

    /** RFC 822/2822 as RSS 2.0 asks for it, and the forms real feeds send instead. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thu, 01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 UT|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 UTC|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 Z|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 -0000|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 +0530|2004-01-01T14:18:21Z",
        "Thu, 01 Jan 2004 19:48:21 +0000 (UTC)|2004-01-01T19:48:21Z",
        "'  Thu, 01 Jan 2004 19:48:21 GMT\n'|2004-01-01T19:48:21Z",
        "01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Thu, 1 Jan 2004 9:48:21 GMT|2004-01-01T09:48:21Z",
        "Mon, 01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "thu, 01 JAN 2004 19:48:21 gmt|2004-01-01T19:48:21Z",
        "Thu, 01 Jan 2004|2004-01-01T00:00:00Z",
        "Thu, 01 Jan 2004 19:48 GMT|2004-01-01T19:48:00Z",
        "Fri,24 Nov 2023 18:28:36 -0000|2023-11-24T18:28:36Z",
        "Mon, 13 Feb, 2012 06:28:00 UTC|2012-02-13T06:28:00Z",
        "Sun, 19 Feb 2012 22:40:00 -01:01|2012-02-19T23:41:00Z",
        "Sun, 19 Feb 2012 22:40:00 GMT-01:01|2012-02-19T23:41:00Z",
        "Sun, 19 Feb 2012 22:40:00 GMT+2|2012-02-19T20:40:00Z",
        "Sun, 19 Feb 2012 22:40:00 +02|2012-02-19T20:40:00Z",
        "Wed, 19 Aug 2009 18:28:00 Etc/GMT|2009-08-19T18:28:00Z",
        "Wed, 19 Aug 2009 18:28:00 Etc/GMT-2|2009-08-19T16:28:00Z",
        "Wed, 19 Aug 2009 18:28:00 Europe/Berlin|2009-08-19T16:28:00Z",
        "Thu, 01 Jan 2004 19:48:21 EST|2004-01-02T00:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 EDT|2004-07-01T23:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 CST|2004-01-02T01:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 CDT|2004-07-02T00:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 MST|2004-01-02T02:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 MDT|2004-07-02T01:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 PST|2004-01-02T03:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 PDT|2004-07-02T02:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 ET|2004-01-02T00:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 ET|2004-07-01T23:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 CT|2004-01-02T01:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 MT|2004-01-02T02:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 PT|2004-01-02T03:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 BST|2004-07-01T18:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 CET|2004-01-01T18:48:21Z",
        "Thu, 01 Jul 2004 19:48:21 CEST|2004-07-01T17:48:21Z",
        "Thu, 01 Jan 2004 19:48:21 JST|2004-01-01T10:48:21Z",
        "Thu, 01 Jan 04 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Fri, 01 Jan 99 19:48:21 GMT|1999-01-01T19:48:21Z",
        "Thursday, 01 January 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Wednesday, 01 September 2004 19:48:21 GMT|2004-09-01T19:48:21Z",
        "Wed, 01 Sept 2004 19:48:21 GMT|2004-09-01T19:48:21Z",
        "January 1, 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Thu, January 1, 2004|2004-01-01T00:00:00Z",
        "1 January 2004|2004-01-01T00:00:00Z",
        "Fri, 2006/09/15 08:19:53 EDT|2006-09-15T12:19:53Z",
    })
    void rfc822AndItsRealWorldForms(String raw, String expected) {
        check(raw, expected);
    }

    /** JavaScript Date.toString(), C asctime and the Unix date command, SQL timestamps. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thu Aug 30 2012 17:26:16 +0200|2012-08-30T15:26:16Z",
        "Thu Aug 30 2012 17:26:16 GMT+0200 (CEST)|2012-08-30T15:26:16Z",
        "Thu Aug 30 2012 17:26:16 GMT+0200 (Central European Summer Time)|2012-08-30T15:26:16Z",
        "Sun Jan  4 16:29:06 2004|2004-01-04T16:29:06Z",
        "Sun Jan 4 16:29:06 2004|2004-01-04T16:29:06Z",
        "Sun Jul 15 01:16:00 +0000 2012|2012-07-15T01:16:00Z",
        "Sun Jan  4 16:29:06 PST 2004|2004-01-05T00:29:06Z",
        "2004-07-08 23:56:58|2004-07-08T23:56:58Z",
        "2004-07-08 23:56:58 +02:00|2004-07-08T21:56:58Z",
        "2004-07-08 23:56|2004-07-08T23:56:00Z",
    })
    void programmingLanguageForms(String raw, String expected) {
        check(raw, expected);
    }

    /** RFC 3339 / W3C-DTF (every precision it allows) and ISO 8601 extended and basic forms. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2003-12-31T10:14:55Z|2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55-08:00|2003-12-31T18:14:55Z",
        "2003-12-31T10:14:55+08:00|2003-12-31T02:14:55Z",
        "2003-12-31T10:14:55+0800|2003-12-31T02:14:55Z",
        "2003-12-31T10:14:55+08|2003-12-31T02:14:55Z",
        "2003-12-31T10:14:55-01:01|2003-12-31T11:15:55Z",
        "2003-12-31t10:14:55z|2003-12-31T10:14:55Z",
        "2003-12-31 10:14:55Z|2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55|2003-12-31T10:14:55Z",
        "2003-12-31T10:14Z|2003-12-31T10:14:00Z",
        "1997-07-16T19:20+01:00|1997-07-16T18:20:00Z",
        "2003-12-31T23:59:60Z|2003-12-31T23:59:59Z",
        "2004-02-29|2004-02-29T00:00:00Z",
        "2003-12-31|2003-12-31T00:00:00Z",
        "2003-12|2003-12-01T00:00:00Z",
        "2003|2003-01-01T00:00:00Z",
        "20031231|2003-12-31T00:00:00Z",
        "20031231T101455Z|2003-12-31T10:14:55Z",
        "20031231T101455+0100|2003-12-31T09:14:55Z",
        "2003-335|2003-12-01T00:00:00Z",
        "2003335|2003-12-01T00:00:00Z",
        "2004-366|2004-12-31T00:00:00Z",
        "2003-12-31T10:14:55.25+01:00|2003-12-31T09:14:55.250Z",
    })
    void rfc3339AndIso8601(String raw, String expected) {
        check(raw, expected);
    }

    /**
     * The old two-digit-year ISO 8601 forms (ISO 8601:1988/2000, dropped in 2004). Reading chosen: YY-MM-DD and YYMMDD
     * (never DD-MM-YY), YY-MM for two pairs, YYDDD ordinal; the century by RFC 2822's rule (00–49 → 20xx, 50–99 →
     * 19xx), the same rule two-digit RSS years get.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "03-12-31|2003-12-31T00:00:00Z",
        "031231|2003-12-31T00:00:00Z",
        "99-12-31|1999-12-31T00:00:00Z",
        "03-12|2003-12-01T00:00:00Z",
        "-03-12|2003-12-01T00:00:00Z",
        "03335|2003-12-01T00:00:00Z",
        "03-12-31T10:14:55Z|2003-12-31T10:14:55Z",
    })
    void twoDigitYearIso8601(String raw, String expected) {
        check(raw, expected);
    }

    /** ISO 8601 forms without a year (--MM-DD) name a day of the current year (UTC). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--12-31|12-31", "--1231|12-31"})
    void yearlessFormsUseTheCurrentYear(String raw, String monthDay) {
        check(raw, Year.now(ZoneOffset.UTC) + "-" + monthDay + "T00:00:00Z");
    }
}
