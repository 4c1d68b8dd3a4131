package org.claimwatch.bus;

/**
 * Every event-bus address. Commands are imperative, facts are past tense; only {@code claimwatch.live.*}
 * crosses the SockJS bridge, and only outbound.
 */
public final class Addresses {

    /** Command: poll this feed now (body: feed id). */
    public static final String FEEDS_POLL = "claimwatch.feeds.poll";
    /** Command: look for due articles now instead of at the next tick (no body). */
    public static final String ARTICLES_FETCH_DUE = "claimwatch.articles.fetch-due";
    /** Command: clean, analyse and store a fetched page (body: {@code articles/FetchedPage} as JSON). */
    public static final String PAGES_PROCESS = "claimwatch.pages.process";
    /** Command: look at the webhook outbox now instead of at the next tick (no body). */
    public static final String ALERTS_DISPATCH = "claimwatch.alerts.dispatch";
    /** Fact: a feed was polled (body: feed id, status, items, error). */
    public static final String FEEDS_POLLED = "claimwatch.feeds.polled";
    /** Fact: a new article version was stored (body: version summary JSON). */
    public static final String VERSIONS_STORED = "claimwatch.versions.stored";
    /** Fact: a story gained a new, disputed or updated claim (body: the story change; the live stage forwards it). */
    public static final String STORIES_CHANGED = "claimwatch.stories.changed";
    /** Fact: an editor merged, split, renamed or pinned stories (no body): story indexes reload. */
    public static final String STORIES_CORRECTED = "claimwatch.stories.corrected";

    /** Prefix of every address the browser may receive; each message there is a batch {@code {"items": [...]}}. */
    public static final String LIVE_PREFIX = "claimwatch.live.";
    /** Live: new articles and versions, as the tracker page shows them. */
    public static final String LIVE_VERSIONS = LIVE_PREFIX + "versions";
    /** Live: each typed claim change, as stored. */
    public static final String LIVE_CHANGES = LIVE_PREFIX + "changes";
    /** Live: story changes (STORY_CLAIM_NEW / _DISPUTED / _UPDATED). */
    public static final String LIVE_STORIES = LIVE_PREFIX + "stories";
    /** Live: feed status after each poll. */
    public static final String LIVE_FEEDS = LIVE_PREFIX + "feeds";
    /** Live: progress of a server-side OPML import ({@code {id, total, done, failed, skipped, errors, finished}}). */
    public static final String LIVE_OPML = LIVE_PREFIX + "opml";

    private Addresses() {
    }
}
