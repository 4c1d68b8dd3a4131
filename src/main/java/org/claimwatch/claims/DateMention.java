package org.claimwatch.claims;

import java.time.LocalDate;

/**
 * A date written in the text ("on Tuesday", "last week", "Jan. 5, 2024"), resolved against the article
 * date: {@code date} is null when it cannot be resolved. {@code text} and offsets are as written.
 */
public record DateMention(LocalDate date, String text, int start, int end) {
}
