package org.claimwatch.clean;

/** Whether an extraction produced an article worth storing as a version. */
public enum Verdict {
    OK, TOO_SHORT, PAYWALL, NOT_AN_ARTICLE, PARSE_ERROR
}
