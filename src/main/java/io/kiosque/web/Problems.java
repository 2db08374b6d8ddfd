package io.kiosque.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, UriInfo uri, Map<String, String> headers) {
        return response(type, detail, uri, headers, null);
    }

    public static Response response(ProblemType type, String detail, UriInfo uri, Map<String, String> headers,
            List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        Response.ResponseBuilder builder = Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance, errors));
        headers.forEach(builder::header);
        return builder.build();
    }
}
