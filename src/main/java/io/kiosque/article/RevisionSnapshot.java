package io.kiosque.article;

import java.time.Instant;
import java.util.List;

/** What a revision keeps of an article: enough to show it as it was, to diff it and to restore it. */
public record RevisionSnapshot(
        String slug,
        String title,
        String language,
        ArticleStatus status,
        Instant publishedAt,
        Instant unpublishAt,
        Instant createdAt,
        Instant updatedAt,
        CommentMode commentMode,
        List<String> tags,
        List<String> authors,
        List<SnapshotBlock> blocks,
        List<CorrectionView> corrections) {

    /** A block with the id it had, so that diffs match blocks by id and a restore keeps the ids still in use. */
    public record SnapshotBlock(long id, String type, String text) {}

    static RevisionSnapshot of(Article article) {
        return new RevisionSnapshot(
                article.slug,
                article.title,
                article.language,
                article.status,
                article.publishedAt,
                article.unpublishAt,
                article.createdAt,
                article.updatedAt,
                article.commentMode,
                List.copyOf(article.tags),
                List.copyOf(article.authors),
                article.blocks.stream()
                        .map(b -> new SnapshotBlock(b.id, b.type.wireName(), b.text))
                        .toList(),
                article.corrections.stream().map(CorrectionView::of).toList());
    }

    /** The blocks as a create or replace request would name them, keeping the ids in {@code stillThere}. */
    List<BlockInput> blockInputs(java.util.Set<Long> stillThere) {
        return blocks.stream()
                .map(b -> new BlockInput(stillThere.contains(b.id()) ? b.id() : null, b.type(), b.text()))
                .toList();
    }
}
