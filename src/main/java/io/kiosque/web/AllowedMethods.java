package io.kiosque.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The methods each path of the API answers, for the Allow header of 405 and OPTIONS answers (the REST layer
 * leaves the former empty and lists a whole class's methods in the latter). Read once from the resource
 * classes' annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private record Route(Pattern path, String method) {}

    private volatile List<Route> routes;

    /** For example {@code GET, HEAD, PUT, DELETE, OPTIONS}; empty when no operation has this path. */
    public String allowed(String path) {
        Set<String> methods = new TreeSet<>((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b)));
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    /** The REST layer's own answer to OPTIONS lists every method of the resource class, whatever the path. */
    @ServerResponseFilter
    public void correctOptions(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            response.getHeaders()
                    .putSingle(HttpHeaders.ALLOW, allowed(request.getUriInfo().getPath()));
        }
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : bean.getBeanClass().getMethods()) {
                        String httpMethod = httpMethod(method);
                        if (httpMethod != null) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(new Route(
                                    template(root.value() + "/" + (sub == null ? "" : sub.value())), httpMethod));
                        }
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** {@code /api/articles/{id}} matches {@code /api/articles/12}, with or without a trailing slash. */
    static Pattern template(String template) {
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        Matcher parameters = PARAMETER.matcher(path);
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(path.substring(literalStart, parameters.start())))
                    .append("[^/]+");
            literalStart = parameters.end();
        }
        regex.append(Pattern.quote(path.substring(literalStart))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
