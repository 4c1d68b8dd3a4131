package org.claimwatch.support;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits (Awaitility) until a probe gives a value that is neither null nor false; the failure names what was awaited. */
public final class Await {

    private Await() {
    }

    public static <T> T until(String what, Duration timeout, Callable<T> probe) {
        return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(probe, value -> value != null && !Boolean.FALSE.equals(value));
    }

    /** Holds for the whole window: a probe that must stay true (nothing more happens), checked every 100 ms. */
    public static void holds(String what, Duration window, Callable<Boolean> probe) {
        Awaitility.await(what).during(window).atMost(window.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(probe);
    }
}
