package io.kiosque.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions of an article, block by block (matched by id) and word by word inside a changed text. */
@Schema(name = "ArticleDiff")
public record ArticleDiff(
        @Schema(examples = "1") long articleId,

        @Schema(description = "The version compared from (the old side)", examples = "0")
        long from,

        @Schema(
                description = "The version compared to (the new side); lower than from for a reverse diff",
                examples = "2")
        long to,

        @Schema(description = "The title's change; absent when the title is the same")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        TextChange title,

        @Schema(
                description =
                        "Every block of either side: those of the new side in its order, each removed one after the block it followed")
        List<BlockChange> blocks) {

    /** One block's fate. Positions are 0-based; a side where the block does not exist has none. */
    @Schema(name = "BlockChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlockChange(
            @Schema(
                    description =
                            "unchanged; changed (text or type); added; removed; moved (same text, another place among the others)",
                    enumeration = {"unchanged", "changed", "added", "removed", "moved"},
                    examples = "changed")
            String change,

            @Schema(
                    description = "True when the block also moved among the blocks both sides share",
                    examples = "false")
            boolean moved,

            @Schema(examples = "12") long id,

            @Schema(
                    enumeration = {"paragraph", "heading", "ad"},
                    examples = "paragraph")
            String type,

            @Schema(
                    description = "The type on the old side, when it differs",
                    enumeration = {"paragraph", "heading", "ad"},
                    nullable = true)
            String oldType,

            @Schema(nullable = true, examples = "3") Integer fromPosition,
            @Schema(nullable = true, examples = "3") Integer toPosition,

            @Schema(
                    description = "The block's text on the old side, with the word changes when the text changed",
                    nullable = true)
            TextChange text) {}

    /** Old and new text, and the ranges that differ, in UTF-16 code units (JavaScript string indices). */
    @Schema(name = "TextChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TextChange(
            @Schema(nullable = true, examples = "La Russie et la Corée du Nord ont renforcé leurs relations.")
            String oldText,

            @Schema(
                    nullable = true,
                    examples = "La Russie et la Corée du Nord ont nettement renforcé leurs relations militaires.")
            String newText,

            @Schema(description = "Word-level edits in reading order; empty when the text is the same")
            List<WordChange> changes) {}

    /** Old text [oldStart, oldEnd) became new text [newStart, newEnd); an insert has an empty old range, a delete an empty new one. */
    @Schema(name = "WordChange")
    public record WordChange(
            @Schema(
                    enumeration = {"insert", "delete", "replace"},
                    examples = "insert")
            String op,

            @Schema(examples = "34") int oldStart,
            @Schema(examples = "34") int oldEnd,
            @Schema(examples = "34") int newStart,
            @Schema(examples = "44") int newEnd) {}
}
