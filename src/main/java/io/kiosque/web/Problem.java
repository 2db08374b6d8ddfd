package io.kiosque.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json on every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(
                description = "URI that identifies the kind of problem",
                examples = "https://kiosque.dev/problems/validation")
        String type,

        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(
                description = "What went wrong with this request, and how to fix it",
                examples = "title: must not be blank")
        String detail,

        @Schema(description = "The request path", examples = "/api/articles")
        String instance,

        @Schema(description = "One entry per invalid field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field or parameter. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Where the problem is: a JSON path or a parameter name", examples = "blocks[2].text")
            String field,

            @Schema(description = "What is wrong with it", examples = "must not be blank")
            String message) {}
}
