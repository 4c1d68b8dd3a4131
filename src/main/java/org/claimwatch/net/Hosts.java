package org.claimwatch.net;

import java.net.URI;

/** Host extraction that also accepts names {@link URI#getHost()} rejects, such as ones with underscores. */
final class Hosts {

    private Hosts() {
    }

    /** The host of {@code uri} (IPv6 in brackets), or null when it has no authority. */
    static String of(URI uri) {
        if (uri.getHost() != null && !uri.getHost().isEmpty()) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? null : hostPort.substring(0, close + 1);
        }
        int colon = hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        return host.isEmpty() ? null : host;
    }

    /** The port of {@code uri}, or -1, also when {@link URI#getPort()} gave up on the authority. */
    static int port(URI uri) {
        if (uri.getHost() != null) {
            return uri.getPort();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return -1;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.lastIndexOf(']') > colon) {
            return -1;
        }
        try {
            return Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
