package io.kiosque.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {}

    public static Response response(ProblemType type, String detail, UriInfo uri, Map<String, String> headers) {
        return response(type, detail, uri, headers, null);
    }

    public static Response response(ProblemException e, UriInfo uri) {
        return response(e.type(), e.getMessage(), uri, e.headers(), e.errors());
    }

    public static Response response(
            ProblemType type,
            String detail,
            UriInfo uri,
            Map<String, String> headers,
            List<Problem.FieldError> errors) {
        // as sent (percent-encoded): a URI reference, and never a character the client should not have sent echoed back
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Response.ResponseBuilder builder = Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance, errors));
        headers.forEach(builder::header);
        return builder.build();
    }
}
