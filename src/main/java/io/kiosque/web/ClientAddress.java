package io.kiosque.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * The client behind a request, as a salted hash: enough to rate-limit and deduplicate, without storing IPs.
 * Behind a trusted proxy (see {@link TrustedProxies}) it is the right-most address of X-Forwarded-For that is not a
 * trusted proxy; otherwise the connection's peer, and a client cannot choose its own address.
 */
@RequestScoped
public class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final HttpServerRequest request;
    private final TrustedProxies proxies;

    ClientAddress(HttpServerRequest request, TrustedProxies proxies) {
        this.request = request;
        this.proxies = proxies;
    }

    /**
     * Who is retrying, for Idempotency-Key scopes: the installation when the client names itself with
     * {@code X-Client-Id} (a phone changing networks keeps its retries), else its address. Never used for rate
     * limits or flags, where a client could otherwise pick a new identity at will.
     */
    public String retryIdentity(String clientId) {
        if (clientId == null) {
            return "address:" + hash();
        }
        if (clientId.length() < 16
                || clientId.length() > 200
                || !clientId.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "X-Client-Id must be 16 to 200 visible ASCII characters, such as a UUID made once per installation");
        }
        return "install:" + Digests.sha256(clientId);
    }

    public String hash() {
        return hash(request, proxies);
    }

    /** The same, where no request scope is active (authentication runs before it). */
    public static String hash(HttpServerRequest request, TrustedProxies proxies) {
        // the connection's peer: Quarkus' request address is already the left-most forwarded one, chosen by the client
        var peer = request.connection().remoteAddress();
        String address = proxies.client(
                peer == null ? "unknown" : peer.hostAddress(), request.headers().getAll(FORWARDED_FOR));
        return Digests.sha256("kiosque-client:" + address);
    }
}
