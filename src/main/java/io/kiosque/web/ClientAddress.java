package io.kiosque.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The client behind a request, as a salted hash: enough to rate-limit and deduplicate, without storing IPs.
 * Behind a trusted proxy, set {@code quarkus.http.proxy.proxy-address-forwarding=true} and
 * {@code quarkus.http.proxy.trusted-proxies=…} so that the address comes from X-Forwarded-For; otherwise that
 * header is ignored, and a client cannot choose its own address.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServerRequest request;

    public String hash() {
        return hash(request);
    }

    /** The same, where no request scope is active (authentication runs before it). */
    public static String hash(HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return Digests.sha256("kiosque-client:" + address);
    }
}
