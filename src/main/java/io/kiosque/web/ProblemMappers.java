package io.kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json with a detail a client developer can act on. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return Problems.response(ProblemType.VALIDATION, detail, uri, Map.of(), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(ProblemType.MALFORMED_REQUEST, jsonDetail(e), uri, Map.of());
    }

    /** More specific than JsonProcessingException, so that it wins over the Jackson extension's own mapper. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException conversion) {
            // JAX-RS answers 404 when a parameter cannot be converted; the client sent a bad value, not a bad path.
            return Problems.response(unconvertible(uri, conversion), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "nothing at " + uri.getPath();
            case 405 -> "this resource does not allow that method; allowed: " + allowedMethods.allowed(uri.getPath());
            case 406 ->
                "this resource cannot produce any of the media types in Accept: "
                        + headers.getHeaderString(HttpHeaders.ACCEPT);
            case 415 ->
                "Content-Type '" + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                        + "' is not accepted here; see the contract for the media types this operation consumes";
            default -> {
                LOG.debugf(e, "HTTP %d on %s", status, uri.getPath());
                yield e.getMessage();
            }
        };
        Map<String, String> extra =
                status == 405 ? Map.of(HttpHeaders.ALLOW, allowedMethods.allowed(uri.getPath())) : Map.of();
        if (status >= 500) {
            LOG.error("request failed on " + uri.getPath(), e);
            return Problems.response(ProblemType.INTERNAL, "the server failed to handle this request", uri, Map.of());
        }
        return Problems.response(type, detail, uri, extra);
    }

    /** The client went away while its body was being read: nobody is listening, and it is not a server fault. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        LOG.debugf("could not read the request body of %s: %s", uri.getPath(), e.getMessage());
        return Problems.response(
                ProblemType.MALFORMED_REQUEST, "the request body could not be read to its end", uri, Map.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseErrors.isPoolExhausted(e) || DatabaseErrors.isLockTimeout(e)) {
            LOG.warnf("database busy (no free connection or a lock wait timed out) while handling %s", uri.getPath());
            return Problems.response(
                    ProblemType.UNAVAILABLE,
                    "the server is too busy to answer in time; retry in a moment",
                    uri,
                    Map.of("Retry-After", "1"));
        }
        if (DatabaseErrors.isUnreachable(e)) {
            LOG.warnf("database unreachable while handling %s: %s", uri.getPath(), e.getMessage());
            return Problems.response(
                    ProblemType.UNAVAILABLE,
                    "the database cannot be reached right now; retry in a few seconds",
                    uri,
                    Map.of("Retry-After", "5"));
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return Problems.response(
                ProblemType.INTERNAL, "the server failed to handle this request; it has been logged", uri, Map.of());
    }

    private static Response stale(UriInfo uri) {
        return Problems.response(
                ProblemType.PRECONDITION_FAILED,
                "the article was changed by another request at the same time; GET it again and retry with its new ETag",
                uri,
                Map.of());
    }

    /**
     * Names the parameter whose value could not be converted (every typed parameter of the API is a whole number):
     * the conversion's message quotes the value, and the request says which parameter carried it.
     */
    private static ProblemException unconvertible(UriInfo uri, IllegalArgumentException conversion) {
        String message = String.valueOf(conversion.getMessage());
        List<Map.Entry<String, List<String>>> parameters =
                new java.util.ArrayList<>(uri.getPathParameters().entrySet());
        parameters.addAll(uri.getQueryParameters().entrySet());
        for (Map.Entry<String, List<String>> parameter : parameters) {
            for (String value : parameter.getValue()) {
                if (message.contains("\"" + value + "\"")) {
                    return ProblemException.invalidField(
                            parameter.getKey(), "must be a whole number in range, not '" + value + "'");
                }
            }
        }
        return new ProblemException(ProblemType.VALIDATION, "a path or query parameter is not a whole number in range");
    }

    /** What is wrong with the body, in the contract's words: the field, the JSON type it needs; never a Java class. */
    private static String jsonDetail(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            if (e instanceof PropertyBindingException unknown) {
                return field + ": unknown field; known fields here: "
                        + unknown.getKnownPropertyIds().stream()
                                .map(String::valueOf)
                                .sorted()
                                .collect(Collectors.joining(", "));
            }
            if (e instanceof InvalidFormatException format
                    && format.getValue() instanceof String text
                    && java.time.temporal.Temporal.class.isAssignableFrom(format.getTargetType())) {
                return field + ": '" + text + "' is not " + jsonType(format.getTargetType());
            }
            if (e instanceof InvalidFormatException format) {
                Object value = format.getValue();
                String sent = value instanceof String
                        ? "a string"
                        : value instanceof Boolean ? "true or false" : "the number " + value;
                return field + ": must be " + jsonType(format.getTargetType()) + ", not " + sent;
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return field + ": must be " + jsonType(mismatch.getTargetType());
            }
            return field + ": invalid value";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "the body goes on after its JSON value; send exactly one JSON value"
                    : "the body must be "
                            + (mismatch.getTargetType() == null ? "valid JSON" : jsonType(mismatch.getTargetType()));
        }
        String message =
                String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("unreadable JSON");
        // Jackson's parser messages name its own settings and sources in backquotes; the client needs none of that
        message = message.replaceAll(" \\(start marker at .*", "")
                .replaceAll(",? from `[^`]*`", "")
                .replace("`", "");
        var location = e.getLocation();
        return location == null
                ? "the body is not valid JSON: " + message
                : "the body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr()
                        + "): " + message;
    }

    /** The JSON type a Java type is bound from, as the contract names it. */
    private static String jsonType(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date-time string with its offset, such as 2026-01-02T08:30:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "create.input.blocks[0].text" becomes "blocks[0].text"; "list.size" becomes "size". */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            index++;
            boolean methodOrBodyParameter = index <= 2
                    && (node.getKind() == jakarta.validation.ElementKind.METHOD
                            || (node.getKind() == jakarta.validation.ElementKind.PARAMETER
                                    && hasChildren(violation, index)));
            if (methodOrBodyParameter) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static boolean hasChildren(ConstraintViolation<?> violation, int nodeIndex) {
        int count = 0;
        for (Path.Node ignored : violation.getPropertyPath()) {
            count++;
        }
        return count > nodeIndex;
    }
}
