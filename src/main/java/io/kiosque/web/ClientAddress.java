package io.kiosque.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("kiosque-client:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
