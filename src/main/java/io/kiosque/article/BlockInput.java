package io.kiosque.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One block in a create or replace request. */
@Schema(name = "BlockInput", description = "A block of an article to create or replace. Ad slots carry no text.")
public record BlockInput(
        @Schema(
                description =
                        "Id of an existing block of this article to keep (and keep its comments and quote corrections); omit for a new block",
                examples = "12",
                nullable = true)
        Long id,

        @NotNull
        @Pattern(regexp = "paragraph|heading|ad", message = "must be one of paragraph, heading, ad")
        @Schema(
                enumeration = {"paragraph", "heading", "ad"},
                examples = "paragraph",
                required = true)
        String type,

        @Size(max = ArticleInput.MAX_BLOCK_TEXT, message = "must be at most {max} characters")
        @Schema(
                description = "The block's text; required for paragraphs and headings, absent for ads",
                nullable = true,
                examples =
                        "Dans une lettre de vœux transmise à Pyongyang, Vladimir Poutine a salué la solidité des liens entre Moscou et Pyongyang.")
        String text) {}
