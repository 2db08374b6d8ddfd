package io.kiosque.webhook;

import io.kiosque.change.ChangeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint to register. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank
        @Size(max = 2000)
        @Schema(required = true, description = "https URL of a public host", examples = "https://hooks.example/kiosque")
        String url,

        @NotEmpty(message = "must name at least one change type")
        @Schema(
                required = true,
                description = "Change types to receive",
                examples = "[\"article.published\", \"article.updated\"]")
        Set<
                        @NotNull
                        @Pattern(
                                regexp = ChangeType.WIRE_NAMES,
                                message = "must be a change type (article.published, …)")
                        String>
                events,

        @Size(max = 500)
        @Pattern(regexp = "^[^\\x00-\\x1F\\x7F-\\x9F]*$", message = "must be one line without control characters")
        @Schema(nullable = true, examples = "Site mobile")
        String description) {}
