package io.kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
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
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
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
            return Problems.response(ProblemType.VALIDATION, "a path or query parameter has the wrong type: " + conversion.getMessage(), uri, Map.of());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "nothing at " + uri.getPath();
            case 405 -> "this resource does not allow that method; allowed: " + allowed(e);
            case 406 -> "this resource cannot produce any of the media types in Accept: " + headers.getHeaderString(HttpHeaders.ACCEPT);
            case 415 -> "Content-Type '" + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + "' is not accepted here; see the contract for the media types this operation consumes";
            default -> {
                LOG.debugf(e, "HTTP %d on %s", status, uri.getPath());
                yield e.getMessage();
            }
        };
        Map<String, String> extra = e instanceof NotAllowedException ? Map.of(HttpHeaders.ALLOW, allowed(e)) : Map.of();
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
        return Problems.response(ProblemType.MALFORMED_REQUEST, "the request body could not be read to its end", uri, Map.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("database unreachable while handling %s: %s", uri.getPath(), e.getMessage());
            return Problems.response(ProblemType.UNAVAILABLE, "the database cannot be reached right now; retry in a few seconds",
                    uri, Map.of("Retry-After", "5"));
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return Problems.response(ProblemType.INTERNAL, "the server failed to handle this request; it has been logged", uri, Map.of());
    }

    /**
     * Connection failures (database down or restarting, pool unable to connect) are the server's state, not a
     * bug: 503. SQL states of class 08 are connection exceptions, 57P the server shutting down.
     */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException || cause instanceof java.net.ConnectException
                    || (cause.getMessage() != null && cause.getMessage().contains("Unable to acquire JDBC Connection"))) {
                return true;
            }
        }
        return false;
    }

    private static Response stale(UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED,
                "the article was changed by another request at the same time; GET it again and retry with its new ETag",
                uri, Map.of());
    }

    private static String allowed(WebApplicationException e) {
        return String.join(", ", e.getResponse().getAllowedMethods());
    }

    private static String jsonDetail(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String firstLine = message == null ? "unreadable JSON" : message.lines().findFirst().orElse(message);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "invalid JSON at '" + path(mapping) + "': " + firstLine;
        }
        var location = e.getLocation();
        return location == null
                ? "the body is not valid JSON: " + firstLine
                : "the body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + "): " + firstLine;
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
            boolean methodOrBodyParameter = index <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || (node.getKind() == jakarta.validation.ElementKind.PARAMETER && hasChildren(violation, index)));
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
