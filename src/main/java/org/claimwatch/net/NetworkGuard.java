package org.claimwatch.net;

import java.net.InetAddress;
import java.util.List;

/** TEMPORARY placeholder until the feeds branch lands (replaced on merge). */
public final class NetworkGuard {
    private final List<String> allow;

    private NetworkGuard(List<String> allow) {
        this.allow = allow;
    }

    public static NetworkGuard of(List<String> allow) {
        return new NetworkGuard(List.copyOf(allow));
    }

    public void check(String url, List<InetAddress> resolved) throws BlockedAddressException {
        for (InetAddress a : resolved) {
            if ((a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()) && allow.isEmpty()) {
                throw new BlockedAddressException("refused: " + url + " resolves to private address " + a.getHostAddress());
            }
        }
    }
}
