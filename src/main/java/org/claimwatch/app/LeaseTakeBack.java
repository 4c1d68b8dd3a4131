package org.claimwatch.app;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.claimwatch.alerts.DeliveryStore;
import org.claimwatch.articles.CheckStore;
import org.claimwatch.feeds.FeedStore;

import java.util.List;
import java.util.logging.Logger;

/**
 * Takes back the leases of instances that are gone (article checks, feed polls, webhook deliveries), so their work
 * is due again at once instead of when the leases run out. Each answer is {article checks, feed polls, deliveries}.
 */
final class LeaseTakeBack {

    private static final Logger LOG = Logger.getLogger("claimwatch");

    private LeaseTakeBack() {
    }

    /** Every lease: a single instance starting on its own database, where any lease is a dead run's. */
    static Future<int[]> all(Pool pool) {
        return departed(pool, null);
    }

    /** The leases of instances not among {@code liveInstances} (null: every lease). */
    static Future<int[]> departed(Pool pool, List<String> liveInstances) {
        return new CheckStore(pool).releaseDeparted(liveInstances)
                .compose(checks -> new FeedStore(pool).releaseDeparted(liveInstances)
                        .compose(polls -> new DeliveryStore(pool, null).releaseDeparted(liveInstances)
                                .map(deliveries -> new int[] {checks, polls, deliveries})));
    }

    static void log(String whose, int[] n) {
        if (n[0] + n[1] + n[2] > 0) {
            LOG.info("took back the leases of " + whose + ": " + n[0] + " article checks, " + n[1] + " feed polls, "
                    + n[2] + " webhook deliveries");
        }
    }
}
