package io.kiosque.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The client behind a request, as a salted hash: enough to rate-limit and deduplicate, without storing IPs.
 * Behind a trusted proxy (see {@link TrustedProxies}) it is the right-most address of X-Forwarded-For that is not a
 * trusted proxy; otherwise the connection's peer, and a client cannot choose its own address.
 */
@RequestScoped
public class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    HttpServerRequest request;

    @Inject
    TrustedProxies proxies;

    public String hash() {
        // the connection's peer: Quarkus' request address is already the left-most forwarded one, chosen by the client
        var peer = request.connection().remoteAddress();
        String address = proxies.client(peer == null ? "unknown" : peer.hostAddress(), request.headers().getAll(FORWARDED_FOR));
        return Digests.sha256("kiosque-client:" + address);
    }
}
