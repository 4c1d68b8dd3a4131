package org.claimwatch.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Classifies IP addresses that must not be fetched by default: loopback, private, link-local, metadata, ... */
final class IpRanges {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9]{1,10}|[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private static final List<Range> IPV4_RANGES = ranges(new String[][] {
        {"169.254.169.254/32", "a cloud metadata address (169.254.169.254)"},
        {"168.63.129.16/32", "a cloud platform address (168.63.129.16)"},
        {"0.0.0.0/32", "the unspecified address (0.0.0.0)"},
        {"0.0.0.0/8", "a 'this network' address (0.0.0.0/8)"},
        {"127.0.0.0/8", "a loopback address (127.0.0.0/8)"},
        {"10.0.0.0/8", "a private-network address (10.0.0.0/8)"},
        {"172.16.0.0/12", "a private-network address (172.16.0.0/12)"},
        {"192.168.0.0/16", "a private-network address (192.168.0.0/16)"},
        {"169.254.0.0/16", "a link-local address (169.254.0.0/16)"},
        {"100.64.0.0/10", "a carrier-grade NAT address (100.64.0.0/10)"},
        {"192.0.0.0/24", "an IETF protocol address (192.0.0.0/24)"},
        {"192.0.2.0/24", "a documentation address (192.0.2.0/24)"},
        {"198.51.100.0/24", "a documentation address (198.51.100.0/24)"},
        {"203.0.113.0/24", "a documentation address (203.0.113.0/24)"},
        {"198.18.0.0/15", "a benchmarking address (198.18.0.0/15)"},
        {"224.0.0.0/4", "a multicast address (224.0.0.0/4)"},
        {"255.255.255.255/32", "the broadcast address (255.255.255.255)"},
        {"240.0.0.0/4", "a reserved address (240.0.0.0/4)"},
    });

    private static final List<Range> IPV6_RANGES = ranges(new String[][] {
        {"fd00:ec2::254/128", "a cloud metadata address (fd00:ec2::254)"},
        {"::/128", "the unspecified address (::)"},
        {"::1/128", "a loopback address (::1)"},
        {"64:ff9b:1::/48", "a local NAT64 address (64:ff9b:1::/48)"},
        {"fc00::/7", "a private-network address (fc00::/7)"},
        {"fe80::/10", "a link-local address (fe80::/10)"},
        {"fec0::/10", "a site-local address (fec0::/10)"},
        {"ff00::/8", "a multicast address (ff00::/8)"},
        {"100::/64", "a discard-only address (100::/64)"},
        {"2001:db8::/32", "a documentation address (2001:db8::/32)"},
    });

    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
    private static final Cidr TEREDO = Cidr.parse("2001::/32");

    private IpRanges() {
    }

    /** Why {@code address} is refused by default, or empty when it is an ordinary public address. */
    static Optional<String> refusal(byte[] address) {
        if (address.length == 4) {
            return match(IPV4_RANGES, address);
        }
        Optional<String> v6 = match(IPV6_RANGES, address);
        if (v6.isPresent()) {
            return v6;
        }
        if (MAPPED.contains(address)) {
            return embedded(address, 12, false, "IPv4-mapped");
        }
        if (COMPATIBLE.contains(address)) {
            return embedded(address, 12, false, "IPv4-compatible");
        }
        if (NAT64.contains(address)) {
            return embedded(address, 12, false, "NAT64");
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(address, 2, false, "6to4");
        }
        if (TEREDO.contains(address)) {
            Optional<String> server = embedded(address, 4, false, "Teredo server");
            return server.isPresent() ? server : embedded(address, 12, true, "Teredo client");
        }
        return Optional.empty();
    }

    /** The IPv4 address carried inside an IPv6 one at {@code offset}, for the allow-list; null when none. */
    static byte[] embeddedIpv4(byte[] address) {
        if (address.length != 16) {
            return null;
        }
        if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
            return slice(address, 12, false);
        }
        return null;
    }

    private static Optional<String> embedded(byte[] address, int offset, boolean inverted, String form) {
        byte[] v4 = slice(address, offset, inverted);
        return match(IPV4_RANGES, v4).map(reason -> reason + " in " + form + " IPv6 form");
    }

    private static byte[] slice(byte[] address, int offset, boolean inverted) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (inverted ? ~address[offset + i] : address[offset + i]);
        }
        return v4;
    }

    private static Optional<String> match(List<Range> ranges, byte[] address) {
        for (Range range : ranges) {
            if (range.cidr().contains(address)) {
                return Optional.of(range.reason());
            }
        }
        return Optional.empty();
    }

    private static List<Range> ranges(String[][] table) {
        List<Range> list = new ArrayList<>();
        for (String[] row : table) {
            list.add(new Range(Cidr.parse(row[0]), row[1]));
        }
        return List.copyOf(list);
    }

    /** A refused range and the words that say why. */
    private record Range(Cidr cidr, String reason) {
    }

    /** The bytes of an IP literal (IPv6 may be in brackets), or null when {@code text} is not one. Never uses DNS. */
    static byte[] literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (IPV4_LITERAL.matcher(t).matches()) {
            return ipv4(t);
        }
        if (t.indexOf(':') < 0 || !IPV6_LITERAL.matcher(t).matches()) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(t).getAddress();
            return bytes.length == 4 ? toMapped(bytes) : bytes;
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** Dotted-quad or single 32-bit decimal IPv4, parsed by hand so that nothing can trigger a DNS lookup. */
    private static byte[] ipv4(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length == 1) {
            long value = Long.parseLong(parts[0]);
            if (value > 0xFFFFFFFFL) {
                return null;
            }
            return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        }
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static byte[] toMapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xFF;
        v6[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }
}
