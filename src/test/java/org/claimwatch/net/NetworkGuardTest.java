package org.claimwatch.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkGuardTest {

    private static final NetworkGuard STRICT = NetworkGuard.strict();

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    /** An IPv6 address kept in its 16-byte form even when it embeds IPv4 (InetAddress.getByName would unwrap it). */
    private static InetAddress v6(String hex32) throws Exception {
        return Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex32), -1);
    }

    private static String refusal(NetworkGuard guard, String url, InetAddress... resolved) {
        try {
            guard.check(url, List.of(resolved));
        } catch (BlockedAddressException e) {
            return e.getMessage();
        }
        return null;
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(refusal(STRICT, "https://news.example/a", ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946")))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1       | a loopback address (127.0.0.0/8)",
        "127.255.1.2     | a loopback address (127.0.0.0/8)",
        "10.1.2.3        | a private-network address (10.0.0.0/8)",
        "172.16.0.1      | a private-network address (172.16.0.0/12)",
        "172.31.255.255  | a private-network address (172.16.0.0/12)",
        "192.168.1.1     | a private-network address (192.168.0.0/16)",
        "169.254.10.20   | a link-local address (169.254.0.0/16)",
        "169.254.169.254 | a cloud metadata address (169.254.169.254)",
        "100.64.0.1      | a carrier-grade NAT address (100.64.0.0/10)",
        "100.127.255.254 | a carrier-grade NAT address (100.64.0.0/10)",
        "0.0.0.0         | the unspecified address (0.0.0.0)",
        "0.1.2.3         | a 'this network' address (0.0.0.0/8)",
        "224.0.0.1       | a multicast address (224.0.0.0/4)",
        "239.255.255.250 | a multicast address (224.0.0.0/4)",
        "255.255.255.255 | the broadcast address (255.255.255.255)",
        "240.0.0.1       | a reserved address (240.0.0.0/4)",
        "198.18.0.1      | a benchmarking address (198.18.0.0/15)",
        "::1             | a loopback address (::1)",
        "::              | the unspecified address (::)",
        "fc00::1         | a private-network address (fc00::/7)",
        "fd12:3456::1    | a private-network address (fc00::/7)",
        "fe80::1         | a link-local address (fe80::/10)",
        "febf::1         | a link-local address (fe80::/10)",
        "ff02::1         | a multicast address (ff00::/8)",
        "fd00:ec2::254   | a cloud metadata address (fd00:ec2::254)",
    })
    void refusedAddressClasses(String address, String reason) throws Exception {
        assertThat(refusal(STRICT, "https://feeds.example/rss", ip(address))).contains(reason);
    }

    @Test
    void boundariesJustOutsidePrivateRangesPass() throws Exception {
        assertThat(refusal(STRICT, "http://x.example/", ip("172.15.255.255"), ip("172.32.0.0"), ip("100.63.255.255"),
                ip("100.128.0.0"), ip("11.0.0.0"), ip("192.169.0.0"), ip("169.253.255.255"))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "00000000000000000000ffff7f000001 | a loopback address (127.0.0.0/8) in IPv4-mapped IPv6 form",
        "00000000000000000000ffffa9fea9fe | a cloud metadata address (169.254.169.254) in IPv4-mapped IPv6 form",
        "00000000000000000000ffffc0a80001 | a private-network address (192.168.0.0/16) in IPv4-mapped IPv6 form",
        "0000000000000000000000000a000001 | a private-network address (10.0.0.0/8) in IPv4-compatible IPv6 form",
        "0064ff9b00000000000000007f000001 | a loopback address (127.0.0.0/8) in NAT64 IPv6 form",
        "20020a00000100000000000000000000 | a private-network address (10.0.0.0/8) in 6to4 IPv6 form",
        "200100004136e378800063bf80fffffe | a loopback address (127.0.0.0/8) in Teredo client IPv6 form",
    })
    void ipv6FormsOfIpv4AddressesAreRefused(String hex, String reason) throws Exception {
        assertThat(refusal(STRICT, "https://feeds.example/rss", v6(hex))).contains(reason);
    }

    @Test
    void mappedPublicAddressPasses() throws Exception {
        assertThat(refusal(STRICT, "https://x.example/", v6("00000000000000000000ffff5db8d822"))).isNull();
    }

    @Test
    void messageNamesHostAddressAndRemedy() throws Exception {
        assertThat(refusal(STRICT, "https://intranet.example/feed", ip("10.0.0.5"))).isEqualTo(
                "blocked: intranet.example resolves to 10.0.0.5, a private-network address (10.0.0.0/8); "
                        + "add it to the network allow-list to permit it");
    }

    @Test
    void oneBadAddressAmongGoodOnesBlocks() throws Exception {
        assertThat(refusal(STRICT, "https://rebind.example/", ip("93.184.216.34"), ip("127.0.0.1")))
                .contains("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://files.example/x", "gopher://x.example/", "jar:http://x!/"})
    void nonWebSchemesAreRefused(String url) {
        assertThat(refusal(STRICT, url)).startsWith("blocked: only http and https URLs may be fetched");
    }

    @Test
    void ipLiteralHostIsCheckedWithoutResolution() {
        assertThat(refusal(STRICT, "http://127.0.0.1:8080/feed")).contains("a loopback address");
        assertThat(refusal(STRICT, "http://[::1]/feed")).contains("a loopback address (::1)");
        assertThat(refusal(STRICT, "http://[::ffff:169.254.169.254]/latest/meta-data/"))
                .contains("a cloud metadata address (169.254.169.254) in IPv4-mapped IPv6 form");
        assertThat(refusal(STRICT, "http://2130706433/")).contains("a loopback address");
    }

    @Test
    void hostWithoutAddressesIsRefused() {
        assertThat(refusal(STRICT, "https://nowhere.example/"))
                .isEqualTo("blocked: nowhere.example did not resolve to any address");
    }

    @Test
    void hostNameWithUnderscoreIsChecked() throws Exception {
        assertThat(refusal(STRICT, "https://my_feed.example:8443/rss", ip("10.0.0.1")))
                .startsWith("blocked: my_feed.example resolves to 10.0.0.1");
        assertThat(refusal(STRICT, "https://my_feed.example/rss", ip("93.184.216.34"))).isNull();
    }

    @Test
    void urlWithoutHostIsRefused() {
        assertThat(refusal(STRICT, "http:///path")).isEqualTo("blocked: the URL has no host name");
    }

    @Test
    void allowListedRangePermitsLoopback() throws Exception {
        NetworkGuard guard = NetworkGuard.of(List.of("127.0.0.0/8", "::1/128"));
        assertThat(refusal(guard, "http://localhost:8080/feed", ip("127.0.0.1"), ip("::1"))).isNull();
        assertThat(refusal(guard, "http://localhost:8080/feed", ip("10.0.0.1"))).contains("10.0.0.1");
    }

    @Test
    void allowListedV4RangeAlsoCoversItsMappedForm() throws Exception {
        NetworkGuard guard = NetworkGuard.of(List.of("127.0.0.0/8"));
        assertThat(refusal(guard, "http://l.example/", v6("00000000000000000000ffff7f000001"))).isNull();
    }

    @Test
    void allowListedSingleAddress() throws Exception {
        NetworkGuard guard = NetworkGuard.of(List.of("192.168.1.50"));
        assertThat(refusal(guard, "http://nas.example/", ip("192.168.1.50"))).isNull();
        assertThat(refusal(guard, "http://nas.example/", ip("192.168.1.51"))).isNotNull();
    }

    @Test
    void allowListedHostNamePermitsAnyAddress() throws Exception {
        NetworkGuard guard = NetworkGuard.of(List.of("feeds.intranet", "*.newsroom.local"));
        assertThat(refusal(guard, "http://FEEDS.intranet/rss", ip("10.0.0.7"))).isNull();
        assertThat(refusal(guard, "http://wire.newsroom.local/rss", ip("10.0.0.8"))).isNull();
        assertThat(refusal(guard, "http://newsroom.local/rss", ip("10.0.0.8"))).isNull();
        assertThat(refusal(guard, "http://evilnewsroom.local/rss", ip("10.0.0.8"))).isNotNull();
        assertThat(refusal(guard, "http://other.intranet/rss", ip("10.0.0.9"))).isNotNull();
    }

    @Test
    void invalidAllowListEntryIsRejected() {
        assertThatThrownBy(() -> NetworkGuard.of(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prefix length out of range in 10.0.0.0/33");
        assertThatThrownBy(() -> NetworkGuard.of(List.of("not a host!")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkAddressRefusesMetadata() throws Exception {
        assertThatThrownBy(() -> STRICT.checkAddress(ip("169.254.169.254")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessage("blocked: 169.254.169.254 is a cloud metadata address (169.254.169.254); "
                        + "add it to the network allow-list to permit it");
        assertThatCode(() -> STRICT.checkAddress(ip("8.8.8.8"))).doesNotThrowAnyException();
        assertThat(STRICT.allows(ip("8.8.8.8"))).isTrue();
    }
}
