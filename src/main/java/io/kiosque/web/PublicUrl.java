package io.kiosque.web;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The address readers reach Kiosque at ({@code kiosque.public-url}, e.g. {@code https://news.example}). When it is
 * set, every absolute URL Kiosque emits starts with it: Location and Link headers, feed and JSON-LD links. A
 * request's Host header is then never copied into an answer, so a forged Host cannot poison a shared cache or a
 * client's redirects. When it is unset, links stay relative and Location keeps the request's Host, but only a
 * Host that is a plain host[:port].
 */
@ApplicationScoped
@Startup
public class PublicUrl {

    /** A DNS name or IPv4 address, or an IPv6 literal in brackets, and an optional port. */
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    private static final Pattern HOST_AND_PORT =
            Pattern.compile("(" + LABEL + "(\\." + LABEL + ")*\\.?|\\[[0-9A-Fa-f:.]+])(:[0-9]{1,5})?");

    private final Optional<String> configured;

    /** Without a trailing slash; null when unset. */
    private String base;

    PublicUrl(@ConfigProperty(name = "kiosque.public-url") Optional<String> configured) {
        this.configured = configured;
    }

    @PostConstruct
    void check() {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return;
        }
        String value = configured.get().trim();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("kiosque.public-url '" + value + "' is not a URL: " + e.getMessage());
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getRawAuthority() == null
                || !HOST_AND_PORT.matcher(uri.getRawAuthority()).matches()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException(
                    "kiosque.public-url '" + value
                            + "' must be an http or https URL with a host and no query or fragment, such as https://news.example");
        }
        base = value.replaceAll("/+$", "");
    }

    /** The absolute URL of a path of this API when the public URL is set, the path itself otherwise. */
    public String of(String path) {
        return base == null ? path : base + path;
    }

    /**
     * An absolute URL of a path of this API, for documents that must hold absolute URLs (sitemaps): from the public URL
     * when set, else from the request's base when its Host is a plain host[:port] (the path alone otherwise).
     */
    public String absolute(String path, URI requestBase) {
        return base != null ? base + path : location(requestBase.resolve(path).toString());
    }

    /** Location and Link headers, however the operation built them, leave through here. */
    @ServerResponseFilter
    public void rewriteLinks(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, location(location.toString()));
        }
        List<Object> links = response.getHeaders().get("Link");
        if (base != null && links != null) {
            String absolute = "<" + Matcher.quoteReplacement(base) + "$1";
            response.getHeaders()
                    .put(
                            "Link",
                            links.stream()
                                    .<Object>map(link -> link.toString().replaceAll("<(/[^/])", absolute))
                                    .toList());
        }
    }

    /**
     * The REST layer makes a relative Location absolute with the request's Host: replaced by the public URL when
     * set, dropped (back to a relative reference, RFC 9110 allows it) when that Host is not a plain host[:port].
     */
    String location(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (base != null) {
            return base + pathAndQuery;
        }
        return uri.getRawAuthority() == null
                        || HOST_AND_PORT.matcher(uri.getRawAuthority()).matches()
                ? location
                : pathAndQuery;
    }
}
