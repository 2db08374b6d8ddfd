package io.kiosque.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the client is behind proxies that append to {@code X-Forwarded-For} (nginx's {@code $proxy_add_x_forwarded_for}):
 * the right-most address of the chain that is not a trusted proxy. Everything left of it was written by the client
 * itself or by proxies nobody vouches for, so a client sending {@code X-Forwarded-For: 198.51.100.1} chooses nothing.
 * Uses Quarkus' own settings: {@code quarkus.http.proxy.proxy-address-forwarding} and {@code allow-x-forwarded} turn
 * it on, {@code trusted-proxies} lists the proxies (addresses, CIDR ranges, or host names resolved once at start).
 * With forwarding on and no list, as in Quarkus every peer is trusted, but only as one hop: the right-most address.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");

    /** An address range: the first {@code bits} bits of {@code network}. */
    private record Range(byte[] network, int bits) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((bytes[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final boolean forwarding;
    private final List<Range> trusted;

    @Inject
    public TrustedProxies(
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                    boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.allow-x-forwarded", defaultValue = "false")
                    boolean allowXForwarded,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding && allowXForwarded;
        this.trusted = trustedProxies.orElse(List.of()).stream()
                .flatMap(entry -> ranges(entry.trim()).stream())
                .toList();
    }

    /**
     * The client's address: the peer itself, unless it is a trusted proxy; then the right-most address of the
     * {@code X-Forwarded-For} headers (in the order received) that is not a trusted proxy, or the left-most when all are.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!forwarding || !isTrusted(peer)) {
            return canonical(peer);
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    chain.add(withoutPort(entry.trim()));
                }
            }
        }
        if (chain.isEmpty()) {
            return canonical(peer);
        }
        if (trusted.isEmpty()) {
            return canonical(chain.get(chain.size() - 1));
        }
        for (int i = chain.size() - 1; i > 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return canonical(chain.get(i));
            }
        }
        return canonical(chain.get(0));
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return true;
        }
        InetAddress parsed = literal(address);
        return parsed != null && trusted.stream().anyMatch(range -> range.contains(parsed));
    }

    /** One spelling per address, so that {@code ::1} and {@code 0:0:0:0:0:0:0:1} are one client; anything else as sent. */
    private static String canonical(String address) {
        InetAddress parsed = literal(address);
        return parsed == null ? address : parsed.getHostAddress();
    }

    /** An IP address written as such, or null: never a DNS lookup for what a client sent. */
    private static InetAddress literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} name the addresses before the port. */
    private static String withoutPort(String entry) {
        if (entry.startsWith("[") && entry.indexOf(']') > 0) {
            return entry.substring(1, entry.indexOf(']'));
        }
        var ipv4 = IPV4_WITH_PORT.matcher(entry);
        return ipv4.matches() ? ipv4.group(1) : entry;
    }

    /** A trusted-proxies entry: an address, a CIDR range, or a host name (any port is ignored). */
    private static List<Range> ranges(String entry) {
        String[] cidr = entry.split("/", 2);
        String host = withoutPort(cidr[0]);
        if (literal(host) == null && host.indexOf(':') > 0) {
            host = host.substring(0, host.lastIndexOf(':')); // a host name with a port
        }
        InetAddress address = literal(host);
        if (address != null) {
            return List.of(new Range(
                    address.getAddress(),
                    cidr.length == 2 ? Integer.parseInt(cidr[1]) : address.getAddress().length * 8));
        }
        try {
            return Arrays.stream(InetAddress.getAllByName(host))
                    .map(a -> new Range(a.getAddress(), a.getAddress().length * 8))
                    .toList();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: cannot resolve '" + entry + "'", e);
        }
    }
}
