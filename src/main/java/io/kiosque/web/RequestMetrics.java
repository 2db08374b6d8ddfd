package io.kiosque.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * {@code http_server_requests_seconds} per method, route template, status and status class ({@code outcome}), the names
 * and tags of Quarkus's own HTTP metrics, recorded for a fraction of their cost: Quarkus's binder halved the fast
 * path's throughput here (bench/README.md), as it builds and sorts tags and looks the meter up on every request. A
 * route names its template under {@link #ROUTE} (the REST layer's from its {@code @Path}s, the fast path's itself);
 * the meter of each (method, template, status) is kept once found.
 */
@ApplicationScoped
public class RequestMetrics {

    /** Where a route puts its template, e.g. {@code /api/articles/{idOrSlug}}. */
    public static final String ROUTE = "kiosque.route";

    private record Series(String method, String uri, int status) {}

    private final MeterRegistry registry;

    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();
    private final Map<SimpleResourceInfo, String> templates = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Before every route, so that the time covers all of them; /q/ (metrics, health) is scraped often and left out. */
    void register(@Observes Filters filters) {
        filters.register(this::time, 2_000);
    }

    private void time(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/q/")) {
            long start = System.nanoTime();
            context.addEndHandler(ended -> record(context, System.nanoTime() - start));
        }
        context.next();
    }

    private void record(RoutingContext context, long nanos) {
        int status = context.response().getStatusCode();
        String route = context.get(ROUTE);
        String uri = route != null ? route : status == 404 ? "NOT_FOUND" : "UNKNOWN";
        Series series = new Series(context.request().method().name(), uri, status);
        Timer timer = timers.get(series);
        if (timer == null) {
            timer = timers.computeIfAbsent(series, this::timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", series.method())
                .tag("uri", series.uri())
                .tag("status", Integer.toString(series.status()))
                .tag("outcome", outcome(series.status()))
                .register(registry);
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }

    /** The REST layer's matched operation names the template: its class's and its method's {@code @Path}. */
    @ServerRequestFilter
    void nameRestRoute(SimpleResourceInfo resource, RoutingContext context) {
        context.put(ROUTE, templates.computeIfAbsent(resource, RequestMetrics::template));
    }

    private static String template(SimpleResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        String path = type == null ? "" : type.value();
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            Path own = method.getAnnotation(Path.class);
            if (own != null) {
                path = path.replaceAll("/+$", "") + "/" + own.value().replaceAll("^/+", "");
            }
        } catch (NoSuchMethodException e) {
            // the class's path alone
        }
        return path;
    }
}
