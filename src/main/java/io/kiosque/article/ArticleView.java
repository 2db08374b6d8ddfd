package io.kiosque.article;

import io.kiosque.text.BlockType;
import io.kiosque.text.Typography;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article with its body, as clients see it. */
@Schema(name = "Article")
public record ArticleView(
        @Schema(examples = "1") long id,

        @Schema(
                description = "URL-safe name from the title; older slugs keep resolving",
                examples = "russie-coree-du-nord-poutine-salue-une-amitie-invincible")
        String slug,

        @Schema(examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String title,

        @Schema(examples = "fr") String language,

        @Schema(
                implementation = String.class,
                enumeration = {"draft", "scheduled", "published"},
                examples = "published",
                description = "scheduled until publishedAt, when it is published without anyone doing anything")
        ArticleStatus status,

        @Schema(nullable = true, description = "Ahead while scheduled", examples = "2026-01-02T08:30:00Z")
        Instant publishedAt,

        @Schema(
                nullable = true,
                description = "When the article leaves readers' sight (an embargo's end)",
                examples = "2026-02-03T05:00:00Z")
        Instant unpublishAt,

        @Schema(examples = "2026-01-02T08:30:00Z") Instant createdAt,
        @Schema(examples = "2026-01-02T08:30:00Z") Instant updatedAt,

        @Schema(description = "Bumped by every edit; the ETag carries it", examples = "0")
        long version,

        @Schema(description = "Words in headings and paragraphs", examples = "423")
        int wordCount,

        @Schema(description = "At 230 words a minute, at least 1", examples = "2")
        int readingTimeMinutes,

        List<String> tags,
        List<String> authors,

        @Schema(
                implementation = String.class,
                enumeration = {"open", "premoderated", "closed"},
                examples = "open")
        CommentMode commentMode,

        @Schema(description = "Approved comments", examples = "0")
        int commentCount,

        List<BlockView> blocks,

        @Schema(description = "Corrections and update notices, oldest first; each moved updatedAt")
        List<CorrectionView> corrections) {

    static ArticleView of(Article article) {
        return new ArticleView(
                article.id,
                article.slug,
                article.title,
                article.language,
                article.statusNow(),
                article.publishedAt,
                article.unpublishAt,
                article.createdAt,
                article.updatedAt,
                article.version,
                article.wordCount,
                ReadingTime.minutes(article.wordCount),
                List.copyOf(article.tags),
                List.copyOf(article.authors),
                article.commentMode,
                article.commentCount,
                article.blocks.stream().map(BlockView::of).toList(),
                article.corrections.stream().map(CorrectionView::of).toList());
    }

    /** The article as a revision keeps it; comments are not part of revisions, so the count is 0. */
    static ArticleView of(long id, long version, RevisionSnapshot snapshot) {
        List<BlockView> blocks = new ArrayList<>(snapshot.blocks().size());
        boolean leadTaken = false;
        int words = 0;
        for (RevisionSnapshot.SnapshotBlock block : snapshot.blocks()) {
            boolean lead = !leadTaken && BlockType.PARAGRAPH.wireName().equals(block.type());
            leadTaken |= lead;
            words += Typography.countWords(block.text());
            blocks.add(new BlockView(block.id(), id, blocks.size(), block.type(), block.text(), lead));
        }
        return new ArticleView(
                id,
                snapshot.slug(),
                snapshot.title(),
                snapshot.language(),
                Article.statusAt(snapshot.status(), snapshot.publishedAt(), Instant.now()),
                snapshot.publishedAt(),
                snapshot.unpublishAt(),
                snapshot.createdAt(),
                snapshot.updatedAt(),
                version,
                words,
                ReadingTime.minutes(words),
                snapshot.tags(),
                snapshot.authors(),
                snapshot.commentMode(),
                0,
                blocks,
                snapshot.corrections() == null ? List.of() : snapshot.corrections());
    }
}
