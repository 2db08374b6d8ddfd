package io.kiosque.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Serialised representations keyed by what they were rendered from (resource, version, variant). A key that
 * names the version can never serve stale bytes: an edit bumps the version, so other instances simply miss
 * and render the new one. Bounded by total bytes.
 */
@ApplicationScoped
public class RepresentationCache {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Cache<String, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, byte[] bytes) -> key.length() + bytes.length)
            .build();

    public byte[] get(String versionedKey, Supplier<byte[]> render) {
        return cache.get(versionedKey, k -> render.get());
    }
}
