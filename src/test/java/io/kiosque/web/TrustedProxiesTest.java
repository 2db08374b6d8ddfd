package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static TrustedProxies trusting(String... proxies) {
        return new TrustedProxies(true, true, Optional.of(List.of(proxies)));
    }

    @Test
    void shouldTakeTheRightMostAddressThatIsNotATrustedProxy() {
        TrustedProxies proxies = trusting("127.0.0.1");
        // nginx appended the address it saw (203.0.113.9) to what the client sent
        assertEquals("203.0.113.9", proxies.client("127.0.0.1", List.of("198.51.100.1, 203.0.113.9")));
        assertEquals("203.0.113.9", proxies.client("127.0.0.1", List.of("198.51.100.2,203.0.113.9")));
        assertEquals("203.0.113.9", proxies.client("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void shouldSkipEveryTrustedProxyOfAChain() {
        TrustedProxies proxies = trusting("127.0.0.1", "10.0.0.0/8", "2001:db8::/32");
        assertEquals(
                "203.0.113.9",
                proxies.client("127.0.0.1", List.of("198.51.100.1, 203.0.113.9, 10.1.2.3, 2001:db8::7")));
        assertEquals(
                "203.0.113.9",
                proxies.client("127.0.0.1", List.of("198.51.100.1", "203.0.113.9, 10.1.2.3")),
                "headers in order");
        assertEquals(
                "10.9.9.9",
                proxies.client("127.0.0.1", List.of("10.9.9.9, 10.1.2.3")),
                "all trusted: the farthest one");
    }

    @Test
    void shouldIgnoreTheHeaderFromAPeerThatIsNotTrusted() {
        assertEquals("192.0.2.50", trusting("127.0.0.1").client("192.0.2.50", List.of("198.51.100.1")));
        Optional<List<String>> itself = Optional.of(List.of("192.0.2.50"));
        List<String> invented = List.of("198.51.100.1");
        assertEquals(
                "192.0.2.50", new TrustedProxies(false, true, itself).client("192.0.2.50", invented), "forwarding off");
        assertEquals(
                "192.0.2.50",
                new TrustedProxies(true, false, itself).client("192.0.2.50", invented),
                "X-Forwarded off");
        assertEquals("127.0.0.1", trusting("127.0.0.1").client("127.0.0.1", List.of()));
    }

    @Test
    void shouldTrustOneHopWhenNoProxyIsListed() {
        TrustedProxies anyPeer = new TrustedProxies(true, true, Optional.empty());
        assertEquals("203.0.113.9", anyPeer.client("192.0.2.50", List.of("198.51.100.1, 203.0.113.9")));
    }

    @Test
    void shouldReadPortsAndSpellingsAsOneAddress() {
        TrustedProxies proxies = trusting("[::1]:8080", "127.0.0.1:80");
        assertEquals("203.0.113.9", proxies.client("0:0:0:0:0:0:0:1", List.of("203.0.113.9:4711")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.client("127.0.0.1", List.of("[2001:db8::1]:4711")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.client("::1", List.of("2001:DB8:0::1")));
        assertEquals(
                "unknown",
                proxies.client("127.0.0.1", List.of("198.51.100.1, unknown")),
                "what the last proxy wrote, as is");
    }

    @Test
    void shouldTrustAHostNameByItsAddresses() {
        assertEquals("203.0.113.9", trusting("localhost").client("127.0.0.1", List.of("198.51.100.1, 203.0.113.9")));
        assertThrows(IllegalArgumentException.class, () -> trusting("no-such-proxy.invalid"));
    }
}
