package org.claimwatch.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses URLs that would make claimwatch reach into the local network: non-http(s) schemes, and addresses that are
 * loopback, private, link-local, CGNAT, unspecified, multicast, reserved or cloud metadata, in IPv4 or any IPv6 form
 * that carries an IPv4 address. An allow-list of CIDR ranges and host names lifts the refusal.
 * Pure: the caller resolves DNS and should connect only to the addresses it checked. Immutable and thread-safe.
 */
public final class NetworkGuard {

    private static final Pattern HOST_NAME = Pattern.compile("(\\*\\.|\\.)?[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");

    private final List<Cidr> allowedRanges;
    private final Set<String> allowedHosts;

    private NetworkGuard(List<Cidr> allowedRanges, Set<String> allowedHosts) {
        this.allowedRanges = List.copyOf(allowedRanges);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** The default guard: nothing allowed beyond public addresses. */
    public static NetworkGuard strict() {
        return of(List.of());
    }

    /**
     * A guard that also allows each entry of {@code allowList}: a CIDR range ({@code 127.0.0.0/8}, {@code fd00::/8}),
     * a single address, a host name ({@code feeds.intranet}) or a domain with its subdomains ({@code *.intranet}).
     *
     * @throws IllegalArgumentException when an entry is none of these
     */
    public static NetworkGuard of(List<String> allowList) {
        List<Cidr> ranges = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String raw : allowList) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (IpRanges.literal(address) != null) {
                ranges.add(Cidr.parse(entry));
            } else if (HOST_NAME.matcher(entry).matches() && !entry.contains("/")) {
                hosts.add(entry.toLowerCase(Locale.ROOT));
            } else {
                throw new IllegalArgumentException("allow-list entry is neither an address range nor a host name: " + raw);
            }
        }
        return new NetworkGuard(ranges, Set.copyOf(hosts));
    }

    /**
     * Checks {@code url} and the addresses its host {@code resolved} to (an IP-literal host is checked itself).
     *
     * @throws BlockedAddressException with a readable reason when any of them is refused, or none is given
     */
    public void check(String url, List<InetAddress> resolved) throws BlockedAddressException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new BlockedAddressException("blocked: not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedAddressException("blocked: only http and https URLs may be fetched, not "
                    + (scheme.isEmpty() ? "a URL without a scheme" : "\"" + scheme + ":\""));
        }
        String host = Hosts.of(uri);
        if (host == null || host.isEmpty()) {
            throw new BlockedAddressException("blocked: the URL has no host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (hostAllowed(host)) {
            return;
        }
        List<byte[]> addresses = new ArrayList<>();
        byte[] literal = IpRanges.literal(host);
        if (literal != null) {
            addresses.add(literal);
        }
        for (InetAddress a : resolved == null ? List.<InetAddress>of() : resolved) {
            addresses.add(a.getAddress());
        }
        if (addresses.isEmpty()) {
            throw new BlockedAddressException("blocked: " + host + " did not resolve to any address");
        }
        for (byte[] address : addresses) {
            Optional<String> reason = refusal(address);
            if (reason.isPresent()) {
                throw new BlockedAddressException("blocked: " + host + " resolves to " + text(address) + ", "
                        + reason.get() + "; add it to the network allow-list to permit it");
            }
        }
    }

    /** Checks one address, e.g. the one a connection is about to use. */
    public void checkAddress(InetAddress address) throws BlockedAddressException {
        Optional<String> reason = refusal(address.getAddress());
        if (reason.isPresent()) {
            throw new BlockedAddressException("blocked: " + text(address.getAddress()) + " is " + reason.get()
                    + "; add it to the network allow-list to permit it");
        }
    }

    /** True when {@code address} may be reached. */
    public boolean allows(InetAddress address) {
        return refusal(address.getAddress()).isEmpty();
    }

    private Optional<String> refusal(byte[] address) {
        if (rangeAllowed(address)) {
            return Optional.empty();
        }
        byte[] v4 = IpRanges.embeddedIpv4(address);
        if (v4 != null && rangeAllowed(v4)) {
            return Optional.empty();
        }
        return IpRanges.refusal(address);
    }

    private boolean rangeAllowed(byte[] address) {
        for (Cidr range : allowedRanges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private boolean hostAllowed(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (allowedHosts.contains(h)) {
            return true;
        }
        for (String entry : allowedHosts) {
            String suffix = entry.startsWith("*.") ? entry.substring(1) : entry.startsWith(".") ? entry : null;
            if (suffix != null && (h.endsWith(suffix) || h.equals(suffix.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] address) {
        try {
            return address.length == 16
                    ? java.net.Inet6Address.getByAddress(null, address, -1).getHostAddress()
                    : InetAddress.getByAddress(address).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return java.util.Arrays.toString(address);
        }
    }
}
