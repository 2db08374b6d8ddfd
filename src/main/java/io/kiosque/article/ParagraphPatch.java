package io.kiosque.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to one block: its text, and optionally whether it is a paragraph or a heading. */
@Schema(name = "ParagraphPatch")
public record ParagraphPatch(
        @NotBlank
        @Size(max = ArticleInput.MAX_BLOCK_TEXT, message = "must be at most {max} characters")
        @Schema(
                required = true,
                examples =
                        "Les autorités russes présentent cette participation comme une preuve de la proximité militaire entre Moscou et Pyongyang.")
        String text,

        @Pattern(regexp = "paragraph|heading", message = "must be paragraph or heading")
        @Schema(
                enumeration = {"paragraph", "heading"},
                nullable = true,
                description = "Omit to keep the block's type")
        String type) {}
