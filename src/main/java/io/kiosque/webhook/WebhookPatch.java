package io.kiosque.webhook;

import io.kiosque.change.ChangeType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to an endpoint; absent fields stay as they are. */
@Schema(name = "WebhookPatch")
public record WebhookPatch(
        @Size(min = 1, max = 2000) @Schema(nullable = true, examples = "https://hooks.example/kiosque")
        String url,

        @Size(min = 1, message = "must name at least one change type")
        @Schema(nullable = true, examples = "[\"article.deleted\"]")
        Set<
                        @NotNull
                        @Pattern(
                                regexp = ChangeType.WIRE_NAMES,
                                message = "must be a change type (article.published, …)")
                        String>
                events,

        @Schema(
                nullable = true,
                description = "false pauses deliveries; true resumes them where they stopped",
                examples = "true")
        Boolean enabled,

        @Size(max = 500)
        @Pattern(regexp = "^[^\\x00-\\x1F\\x7F-\\x9F]*$", message = "must be one line without control characters")
        @Schema(nullable = true, examples = "Site mobile")
        String description) {}
