package io.kiosque.web;

import java.util.List;
import java.util.Map;

/** A failure a client can act on; services throw it and the web layer turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> headers;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        this(type, detail, headers, null);
    }

    private ProblemException(
            ProblemType type, String detail, Map<String, String> headers, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.headers = headers;
        this.errors = errors;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The invalid fields, for validation problems that name one; null otherwise. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "no " + what + " with id or slug '" + id + "'");
    }

    /** 400 naming one field (a JSON path such as {@code blocks[2].text}) or parameter, with what is wrong with it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION,
                field + ": " + message,
                Map.of(),
                List.of(new Problem.FieldError(field, message)));
    }
}
