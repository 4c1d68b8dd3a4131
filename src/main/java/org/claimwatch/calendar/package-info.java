/**
 * Calendar words and lines in many languages: months and weekdays from the JDK's CLDR data (MonthNames, DayNames), a
 * line that is only a date (DateLine), and relative-time stamps from ICU4J's CLDR data (RelativeTimes). Pure; used by
 * clean, claims and diff.
 */
package org.claimwatch.calendar;
