package io.kiosque.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/articles/{id}/corrections. */
@Schema(
        name = "CorrectionInput",
        description = "A correction (an error fixed) or an update (news added) to show with a published article.")
public record CorrectionInput(
        @NotNull
        @Pattern(regexp = "correction|update", message = "must be correction or update")
        @Schema(
                required = true,
                enumeration = {"correction", "update"},
                examples = "correction")
        String type,

        @NotBlank
        @Size(max = 2000, message = "must be at most {max} characters")
        @Schema(
                required = true,
                examples =
                        "Une version précédente de cet article attribuait la lettre de vœux au ministre des affaires étrangères.")
        String text) {}
