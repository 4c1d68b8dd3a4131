/** Calendar words in many languages (months, weekdays) from the JDK's locale data. Pure; used by clean, claims and diff. */
package org.claimwatch.calendar;
