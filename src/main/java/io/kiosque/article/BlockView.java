package io.kiosque.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A block as clients see it. */
@Schema(name = "Block", description = "One block of an article body, in reading order.")
public record BlockView(
        @Schema(examples = "12") long id,

        @Schema(description = "Id of the article the block belongs to", examples = "1")
        long articleId,

        @Schema(description = "0-based reading order", examples = "0")
        int position,

        @Schema(
                enumeration = {"paragraph", "heading", "ad"},
                examples = "paragraph")
        String type,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The text, exactly as written (NFC); absent for ad slots",
                examples =
                        "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations politiques et militaires.")
        String text,

        @Schema(description = "True for the article's first paragraph, its lead", examples = "true")
        boolean lead) {

    static BlockView of(Block block) {
        return new BlockView(block.id, block.article.id, block.position, block.type.wireName(), block.text, block.lead);
    }
}
