package org.claimwatch.feeds.parse;

/** A body that is not a usable feed; the message is written for the editor who added the feed. */
public final class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
