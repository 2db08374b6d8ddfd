package io.kiosque.web;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem Kiosque reports; each has a stable type URI, listed with its meaning in the README (Problem types). */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION(400, "validation", "Invalid request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    GONE(410, "gone", "Gone"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private static final String BASE = "https://kiosque.dev/problems/";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE + slug;
        this.title = title;
    }

    /** The generic problem for an HTTP status, for errors raised by the framework itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR ? MALFORMED_REQUEST : INTERNAL;
    }
}
