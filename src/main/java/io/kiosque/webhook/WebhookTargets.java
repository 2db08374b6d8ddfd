package io.kiosque.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go: https URLs whose host resolves only to public addresses. Loopback, private, link-local (the
 * cloud metadata service at 169.254.169.254 among them), unique-local, shared (100.64/10), multicast and unspecified
 * addresses are refused, at registration and again before each delivery, after DNS resolution, so that a name that
 * later points inside the network is caught. {@code kiosque.webhooks.allowed-hosts} names {@code host:port} pairs
 * exempt from all this (plain http included): local receivers and tests.
 */
@ApplicationScoped
public class WebhookTargets {

    private final Optional<Set<String>> allowedHosts;

    WebhookTargets(@ConfigProperty(name = "kiosque.webhooks.allowed-hosts") Optional<Set<String>> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    /** Why this URL may not receive webhooks, in the API's words; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawUserInfo() != null) {
            return Optional.of("must be an absolute https URL with a host and no user info");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.orElse(Set.of()).contains(host + ":" + port)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https (plain http only for hosts in kiosque.webhooks.allowed-hosts)");
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(
                    InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve (" + host + ")");
        }
        return addresses.stream()
                .filter(WebhookTargets::isInternal)
                .findFirst()
                .map(a -> "resolves to " + a.getHostAddress()
                        + ", an internal address (loopback, private, link-local or metadata); "
                        + "webhooks go to public hosts only");
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
}
