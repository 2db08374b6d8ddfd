package io.kiosque.web;

import java.util.Map;

/** A failure a client can act on; services throw it and the web layer turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.headers = headers;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "no " + what + " with id or slug '" + id + "'");
    }
}
